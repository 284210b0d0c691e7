# source: tensorflow/python/ops/control_flow_ops.py while_loop (counter = constant(0, name="iteration_counter"); body = lambda i, lv: (i + 1, orig_body(*lv))) + WhileContext._BuildLoop (Enter, Merge, pred, LoopCond, Switch, Identity, body, NextIteration, Exit per loop variable) + rnn.py _dynamic_rnn_loop (time = constant(0, name="time"); ta.read(time); ta.write(time, out); time + 1)
# tf: 1.15
# note: only the top-level ops of rnn/while/ are listed; their hidden inputs (Less/Enter, add/y, ...) are not modelled.
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 5, 3])
outputs, state = tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicRNNCell(2), x, dtype=tf.float32)
names = [op.name[10:] for op in tf.get_default_graph().get_operations()
         if op.name.startswith("rnn/while/") and "/" not in op.name[10:]]
print(names)
print(tf.get_default_graph().get_operation_by_name("rnn/time").type)
print(tf.get_default_graph().get_operation_by_name("rnn/while/TensorArrayWrite/TensorArrayWriteV3").type)
