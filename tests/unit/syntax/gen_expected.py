"""Regenerates expected strings for scopeplay's syntax tests from CPython.

Usage: python3 gen_expected.py [--cpp] 'snippet' ...   (escapes like \\n are decoded)

For a valid snippet it prints the AST in ast_dump.h's format; for an invalid
one, the error's type, message, lineno, offset, end_lineno, end_offset and
the text `python3 x.py` prints for it. Run it with CPython 3.11; with --cpp
it prints rows for kValid (parser_test.cpp) or kErrors (syntax_error_test.cpp).
"""
import ast
import os
import subprocess
import sys
import tempfile


def pos(n):
    return "@%d:%d-%d:%d" % (n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)


def quote(s):
    raw = isinstance(s, bytes)
    if raw:
        s = s.decode("latin-1")
    out = "'"
    for ch in s:
        if raw and ord(ch) >= 0x80:
            out += "\\x%02x" % ord(ch)
        elif ch in "\\'":
            out += "\\" + ch
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out += "\\x%02x" % ord(ch)
        else:
            out += ch
    return out + "'"


def lst(v):
    return "[" + ", ".join(d(x) for x in v) + "]"


def arg(a):
    return "arg(" + a.arg + (", " + d(a.annotation) if a.annotation else "") + ")" + pos(a)


def args(a):
    al = lambda v: "[" + ", ".join(arg(x) for x in v) + "]"
    return "arguments(%s, %s, %s, %s, %s, %s, %s)" % (
        al(a.posonlyargs), al(a.args), arg(a.vararg) if a.vararg else "-", al(a.kwonlyargs),
        lst(a.kw_defaults), arg(a.kwarg) if a.kwarg else "-", lst(a.defaults))


def kws(v):
    return "[" + ", ".join("keyword(%s, %s)%s" % (k.arg or "**", d(k.value), pos(k)) for k in v) + "]"


def gens(v):
    return "[" + ", ".join("comprehension(%s, %s, %s)" % (d(g.target), d(g.iter), lst(g.ifs)) for g in v) + "]"


def ctx(c):
    return type(c).__name__


def name(o):
    return type(o).__name__


def const(v):
    if v is None or v is True or v is False:
        return repr(v)
    if v is Ellipsis:
        return "..."
    if isinstance(v, int):
        return "int %d" % v
    if isinstance(v, float):
        return "float %.17g" % v
    if isinstance(v, complex):
        return "complex %.17g" % v.imag
    if isinstance(v, str):
        return "str " + quote(v)
    return "bytes " + quote(v)


def joined(values):
    # CPython keeps f"{x=}"'s text as a Constant before the FormattedValue;
    # scopeplay stores it in FormattedValue.debug_text.
    return lst(values)


def d(n):
    if n is None:
        return "-"
    t = name(n)
    if isinstance(n, ast.Name):
        s = "Name(%s, %s)" % (n.id, ctx(n.ctx))
    elif isinstance(n, ast.Constant):
        s = "Constant(%s)" % const(n.value)
    elif isinstance(n, ast.JoinedStr):
        s = "JoinedStr(%s)" % joined(n.values)
    elif isinstance(n, ast.FormattedValue):
        conv = {-1: "-", 115: "s", 114: "r", 97: "a"}[n.conversion]
        s = "FormattedValue(%s, %s, %s)" % (d(n.value), conv, d(n.format_spec))
    elif isinstance(n, ast.BinOp):
        s = "BinOp(%s, %s, %s)" % (d(n.left), name(n.op), d(n.right))
    elif isinstance(n, ast.UnaryOp):
        s = "UnaryOp(%s, %s)" % (name(n.op), d(n.operand))
    elif isinstance(n, ast.BoolOp):
        s = "BoolOp(%s, %s)" % (name(n.op), lst(n.values))
    elif isinstance(n, ast.Compare):
        s = "Compare(%s, [%s], %s)" % (d(n.left), ", ".join(name(o) for o in n.ops), lst(n.comparators))
    elif isinstance(n, ast.IfExp):
        s = "IfExp(%s, %s, %s)" % (d(n.test), d(n.body), d(n.orelse))
    elif isinstance(n, ast.NamedExpr):
        s = "NamedExpr(%s, %s)" % (d(n.target), d(n.value))
    elif isinstance(n, ast.Lambda):
        s = "Lambda(%s, %s)" % (args(n.args), d(n.body))
    elif isinstance(n, ast.Call):
        s = "Call(%s, %s, %s)" % (d(n.func), lst(n.args), kws(n.keywords))
    elif isinstance(n, ast.Attribute):
        s = "Attribute(%s, %s, %s)" % (d(n.value), n.attr, ctx(n.ctx))
    elif isinstance(n, ast.Subscript):
        s = "Subscript(%s, %s, %s)" % (d(n.value), d(n.slice), ctx(n.ctx))
    elif isinstance(n, ast.Slice):
        s = "Slice(%s, %s, %s)" % (d(n.lower), d(n.upper), d(n.step))
    elif isinstance(n, ast.Starred):
        s = "Starred(%s, %s)" % (d(n.value), ctx(n.ctx))
    elif isinstance(n, (ast.List, ast.Tuple)):
        s = "%s(%s, %s)" % (t, lst(n.elts), ctx(n.ctx))
    elif isinstance(n, ast.Set):
        s = "Set(%s)" % lst(n.elts)
    elif isinstance(n, ast.Dict):
        s = "Dict(%s, %s)" % (lst(n.keys), lst(n.values))
    elif isinstance(n, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
        s = "%s(%s, %s)" % (t, d(n.elt), gens(n.generators))
    elif isinstance(n, ast.DictComp):
        s = "DictComp(%s, %s, %s)" % (d(n.key), d(n.value), gens(n.generators))
    elif isinstance(n, (ast.Yield, ast.YieldFrom)):
        s = "%s(%s)" % (t, d(n.value))
    elif isinstance(n, ast.Expr):
        s = "Expr(%s)" % d(n.value)
    elif isinstance(n, ast.Assign):
        s = "Assign(%s, %s)" % (lst(n.targets), d(n.value))
    elif isinstance(n, ast.AugAssign):
        s = "AugAssign(%s, %s, %s)" % (d(n.target), name(n.op), d(n.value))
    elif isinstance(n, ast.AnnAssign):
        s = "AnnAssign(%s, %s, %s, %d)" % (d(n.target), d(n.annotation), d(n.value), n.simple)
    elif isinstance(n, ast.FunctionDef):
        s = "FunctionDef(%s, %s, %s, %s, %s)" % (n.name, args(n.args), lst(n.body), lst(n.decorator_list), d(n.returns))
    elif isinstance(n, ast.ClassDef):
        s = "ClassDef(%s, %s, %s, %s, %s)" % (n.name, lst(n.bases), kws(n.keywords), lst(n.body), lst(n.decorator_list))
    elif isinstance(n, ast.Return):
        s = "Return(%s)" % d(n.value)
    elif isinstance(n, ast.Delete):
        s = "Delete(%s)" % lst(n.targets)
    elif isinstance(n, ast.If):
        s = "If(%s, %s, %s)" % (d(n.test), lst(n.body), lst(n.orelse))
    elif isinstance(n, ast.For):
        s = "For(%s, %s, %s, %s)" % (d(n.target), d(n.iter), lst(n.body), lst(n.orelse))
    elif isinstance(n, ast.While):
        s = "While(%s, %s, %s)" % (d(n.test), lst(n.body), lst(n.orelse))
    elif isinstance(n, (ast.Break, ast.Continue, ast.Pass)):
        s = t + "()"
    elif isinstance(n, ast.With):
        s = "With([%s], %s)" % (", ".join("withitem(%s, %s)" % (d(i.context_expr), d(i.optional_vars)) for i in n.items), lst(n.body))
    elif isinstance(n, ast.Try):
        hs = ", ".join("ExceptHandler(%s, %s, %s)%s" % (d(h.type), h.name or "-", lst(h.body), pos(h)) for h in n.handlers)
        s = "Try(%s, [%s], %s, %s)" % (lst(n.body), hs, lst(n.orelse), lst(n.finalbody))
    elif isinstance(n, ast.Raise):
        s = "Raise(%s, %s)" % (d(n.exc), d(n.cause))
    elif isinstance(n, ast.Assert):
        s = "Assert(%s, %s)" % (d(n.test), d(n.msg))
    elif isinstance(n, (ast.Global, ast.Nonlocal)):
        s = "%s([%s])" % (t, ", ".join(n.names))
    elif isinstance(n, ast.Import):
        s = "Import([%s])" % ", ".join("alias(%s%s)%s" % (a.name, " as " + a.asname if a.asname else "", pos(a)) for a in n.names)
    elif isinstance(n, ast.ImportFrom):
        s = "ImportFrom(%s, [%s], %d)" % (n.module or "-", ", ".join("alias(%s%s)%s" % (a.name, " as " + a.asname if a.asname else "", pos(a)) for a in n.names), n.level)
    else:
        raise TypeError(t)
    return s + pos(n)


def run(src):
    try:
        tree = ast.parse(src)
        compile(src, "x.py", "exec")
        return "Module(" + lst(tree.body) + ")"
    except SyntaxError as e:
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "x.py")
            with open(path, "w", encoding="utf-8") as f:
                f.write(src)
            err = subprocess.run([sys.executable, "x.py"], cwd=tmp, capture_output=True, text=True).stderr.replace(path, "x.py")
        return "%s|%s|%s|%s|%s|%s\n%s" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, err)


def cpp_row(src):
    import json
    q = lambda t: json.dumps(t, ensure_ascii=False)
    r = run(src)
    if r.startswith("Module"):
        return "  {%s,\n   %s}," % (q(src), q(r))
    head, printed = r.split("\n", 1)
    kind, msg, line, offset, end_line, end_offset = head.split("|")
    return "  {%s, %s, %s, %s, %s, %s, %s,\n   %s}," % (
        q(src), q(kind), q(msg), line, offset, end_line, end_offset, q(printed.rstrip("\n") + "\n"))


if __name__ == "__main__":
    args = sys.argv[1:]
    cpp = bool(args) and args[0] == "--cpp"
    for arg_ in args[1:] if cpp else args:
        src = arg_.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
        print(cpp_row(src) if cpp else run(src))
