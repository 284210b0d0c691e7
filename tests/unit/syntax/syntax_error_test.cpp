// Syntax errors: type, message, CPython's lineno/offset/end_lineno/end_offset
// and the exact text `python3 x.py` prints, collected with gen_expected.py.
#include <gtest/gtest.h>

#include "syntax/parser.h"

namespace scopeplay::syntax {
namespace {

struct ErrorCase {
  const char* source;
  const char* type;
  const char* message;
  int line, offset, end_line, end_offset;
  const char* printed;
};

const ErrorCase kErrors[] = {
  {"print x", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 8,
   "  File \"x.py\", line 1\n    print x\n    ^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"},
  {"print \"a\"", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 10,
   "  File \"x.py\", line 1\n    print \"a\"\n    ^^^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n"},
  {"x = (1,\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0,
   "  File \"x.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"},
  {"f(", "SyntaxError", "'(' was never closed", 1, 2, 1, 0,
   "  File \"x.py\", line 1\n    f(\n     ^\nSyntaxError: '(' was never closed\n"},
  {"f(a b", "SyntaxError", "'(' was never closed", 1, 2, 1, 0,
   "  File \"x.py\", line 1\n    f(a b\n     ^\nSyntaxError: '(' was never closed\n"},
  {"x = )", "SyntaxError", "unmatched ')'", 1, 5, 1, 5,
   "  File \"x.py\", line 1\n    x = )\n        ^\nSyntaxError: unmatched ')'\n"},
  {"(]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 2, 1, 2,
   "  File \"x.py\", line 1\n    (]\n     ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '('\n"},
  {"(\n]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 2, 1,
   "  File \"x.py\", line 2\n    ]\n    ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1\n"},
  {"x = \"abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5,
   "  File \"x.py\", line 1\n    x = \"abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n"},
  {"x='''\nab\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 3, 1, 3,
   "  File \"x.py\", line 1\n    x='''\n      ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 2)\n"},
  {"if x:\n  a\n b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 3, 3, -1,
   "  File \"x.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n"},
  {"if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5,
   "  File \"x.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n"},
  {"def f():\nreturn", "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 2, 7,
   "  File \"x.py\", line 2\n    return\n    ^\nIndentationError: expected an indented block after function definition on line 1\n"},
  {"for x in y:\nz", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1, 2, 2,
   "  File \"x.py\", line 2\n    z\n    ^\nIndentationError: expected an indented block after 'for' statement on line 1\n"},
  {"while x:\nz", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1, 2, 2,
   "  File \"x.py\", line 2\n    z\n    ^\nIndentationError: expected an indented block after 'while' statement on line 1\n"},
  {"with x:\nz", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1, 2, 2,
   "  File \"x.py\", line 2\n    z\n    ^\nIndentationError: expected an indented block after 'with' statement on line 1\n"},
  {"try:\nz", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1, 2, 2,
   "  File \"x.py\", line 2\n    z\n    ^\nIndentationError: expected an indented block after 'try' statement on line 1\n"},
  {"class A:\nz", "IndentationError", "expected an indented block after class definition on line 1", 2, 1, 2, 2,
   "  File \"x.py\", line 2\n    z\n    ^\nIndentationError: expected an indented block after class definition on line 1\n"},
  {"if x:\n  y\nelse:\nz", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1, 4, 2,
   "  File \"x.py\", line 4\n    z\n    ^\nIndentationError: expected an indented block after 'else' statement on line 3\n"},
  {"  x", "IndentationError", "unexpected indent", 1, 2, 1, -1,
   "  File \"x.py\", line 1\n    x\nIndentationError: unexpected indent\n"},
  {"a\\ b", "SyntaxError", "unexpected character after line continuation character", 1, 3, 1, 0,
   "  File \"x.py\", line 1\n    a\\ b\n      ^\nSyntaxError: unexpected character after line continuation character\n"},
  {"def f():\n\tif x:\n        pass", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0,
   "  File \"x.py\", line 3\n    pass\nTabError: inconsistent use of tabs and spaces in indentation\n"},
  {"f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9,
   "  File \"x.py\", line 1\n    f(**a, *b)\n           ^\nSyntaxError: iterable argument unpacking follows keyword argument unpacking\n"},
  {"f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10,
   "  File \"x.py\", line 1\n    f(a=1, b)\n            ^\nSyntaxError: positional argument follows keyword argument\n"},
  {"f(a=1, a=2)", "SyntaxError", "keyword argument repeated: a", 1, 8, 1, 11,
   "  File \"x.py\", line 1\n    f(a=1, a=2)\n           ^^^\nSyntaxError: keyword argument repeated: a\n"},
  {"def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12, 1, 13,
   "  File \"x.py\", line 1\n    def f(a=1, b): pass\n               ^\nSyntaxError: non-default argument follows default argument\n"},
  {"def f(a, a): pass", "SyntaxError", "duplicate argument 'a' in function definition", 1, 10, 1, 11,
   "  File \"x.py\", line 1\n    def f(a, a): pass\n             ^\nSyntaxError: duplicate argument 'a' in function definition\n"},
  {"return 1", "SyntaxError", "'return' outside function", 1, 1, 1, 9,
   "  File \"x.py\", line 1\n    return 1\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n"},
  {"nonlocal x", "SyntaxError", "nonlocal declaration not allowed at module level", 1, 1, 1, 11,
   "  File \"x.py\", line 1\n    nonlocal x\n    ^^^^^^^^^^\nSyntaxError: nonlocal declaration not allowed at module level\n"},
  {"def f():\n  def g():\n    nonlocal x", "SyntaxError", "no binding for nonlocal 'x' found", 3, 5, 3, 15,
   "  File \"x.py\", line 3\n    nonlocal x\n    ^^^^^^^^^^\nSyntaxError: no binding for nonlocal 'x' found\n"},
  {"def f(x):\n  global x", "SyntaxError", "name 'x' is parameter and global", 2, 3, 2, 11,
   "  File \"x.py\", line 2\n    global x\n    ^^^^^^^^\nSyntaxError: name 'x' is parameter and global\n"},
  {"f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4,
   "  File \"x.py\", line 1\n    f() = 1\n    ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"},
  {"1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2,
   "  File \"x.py\", line 1\n    1 = x\n    ^\nSyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?\n"},
  {"a + 1 = 2", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6,
   "  File \"x.py\", line 1\n    a + 1 = 2\n    ^^^^^\nSyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?\n"},
  {"del f()", "SyntaxError", "cannot delete function call", 1, 5, 1, 8,
   "  File \"x.py\", line 1\n    del f()\n        ^^^\nSyntaxError: cannot delete function call\n"},
  {"del 1", "SyntaxError", "cannot delete literal", 1, 5, 1, 6,
   "  File \"x.py\", line 1\n    del 1\n        ^\nSyntaxError: cannot delete literal\n"},
  {"(a, 1) = x", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6,
   "  File \"x.py\", line 1\n    (a, 1) = x\n        ^\nSyntaxError: cannot assign to literal\n"},
  {"True = 1", "SyntaxError", "cannot assign to True", 1, 1, 1, 5,
   "  File \"x.py\", line 1\n    True = 1\n    ^^^^\nSyntaxError: cannot assign to True\n"},
  {"for f() in x: pass", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8,
   "  File \"x.py\", line 1\n    for f() in x: pass\n        ^^^\nSyntaxError: cannot assign to function call\n"},
  {"with a as f(): pass", "SyntaxError", "cannot assign to function call", 1, 11, 1, 14,
   "  File \"x.py\", line 1\n    with a as f(): pass\n              ^^^\nSyntaxError: cannot assign to function call\n"},
  {"f() += 1", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 4,
   "  File \"x.py\", line 1\n    f() += 1\n    ^^^\nSyntaxError: 'function call' is an illegal expression for augmented assignment\n"},
  {"break", "SyntaxError", "'break' outside loop", 1, 1, 1, 6,
   "  File \"x.py\", line 1\n    break\n    ^^^^^\nSyntaxError: 'break' outside loop\n"},
  {"continue", "SyntaxError", "'continue' not properly in loop", 1, 1, 1, 9,
   "  File \"x.py\", line 1\n    continue\n    ^^^^^^^^\nSyntaxError: 'continue' not properly in loop\n"},
  {"yield 1", "SyntaxError", "'yield' outside function", 1, 1, 1, 8,
   "  File \"x.py\", line 1\n    yield 1\n    ^^^^^^^\nSyntaxError: 'yield' outside function\n"},
  {"class A:\n  return 1", "SyntaxError", "'return' outside function", 2, 3, 2, 11,
   "  File \"x.py\", line 2\n    return 1\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n"},
  {"while x:\n  def f():\n    break", "SyntaxError", "'break' outside loop", 3, 5, 3, 10,
   "  File \"x.py\", line 3\n    break\n    ^^^^^\nSyntaxError: 'break' outside loop\n"},
  {"f'{'", "SyntaxError", "f-string: expecting '}'", 1, 5, 1, 5,
   "  File \"x.py\", line 1\n    f'{'\n        ^\nSyntaxError: f-string: expecting '}'\n"},
  {"f'{}'", "SyntaxError", "f-string: empty expression not allowed", 1, 6, 1, 6,
   "  File \"x.py\", line 1\n    f'{}'\n         ^\nSyntaxError: f-string: empty expression not allowed\n"},
  {"f'}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 5, 1, 5,
   "  File \"x.py\", line 1\n    f'}'\n        ^\nSyntaxError: f-string: single '}' is not allowed\n"},
  {"f'{x!z}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9,
   "  File \"x.py\", line 1\n    f'{x!z}'\n            ^\nSyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'\n"},
  {"x = 1 +", "SyntaxError", "invalid syntax", 1, 8, 1, 8,
   "  File \"x.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n"},
  {"x = 1 +\n", "SyntaxError", "invalid syntax", 1, 8, 1, 8,
   "  File \"x.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n"},
  {"if x\n  pass", "SyntaxError", "expected ':'", 1, 5, 1, 5,
   "  File \"x.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n"},
  {"f(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6,
   "  File \"x.py\", line 1\n    f(a b)\n      ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"},
  {"[a b]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5,
   "  File \"x.py\", line 1\n    [a b]\n     ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"},
  {"x = [1 2]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9,
   "  File \"x.py\", line 1\n    x = [1 2]\n         ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"},
  {"for x in y\n  pass", "SyntaxError", "expected ':'", 1, 11, 1, 11,
   "  File \"x.py\", line 1\n    for x in y\n              ^\nSyntaxError: expected ':'\n"},
  {"class A\n  pass", "SyntaxError", "expected ':'", 1, 8, 1, 8,
   "  File \"x.py\", line 1\n    class A\n           ^\nSyntaxError: expected ':'\n"},
  {"def f()\n  pass", "SyntaxError", "expected ':'", 1, 8, 1, 8,
   "  File \"x.py\", line 1\n    def f()\n           ^\nSyntaxError: expected ':'\n"},
  {"0x1g", "SyntaxError", "invalid hexadecimal literal", 1, 3, 1, 3,
   "  File \"x.py\", line 1\n    0x1g\n      ^\nSyntaxError: invalid hexadecimal literal\n"},
  {"1_", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2,
   "  File \"x.py\", line 1\n    1_\n     ^\nSyntaxError: invalid decimal literal\n"},
  {"012", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 2,
   "  File \"x.py\", line 1\n    012\n    ^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n"},
  {"a $ b", "SyntaxError", "invalid syntax", 1, 3, 1, 4,
   "  File \"x.py\", line 1\n    a $ b\n      ^\nSyntaxError: invalid syntax\n"},
  {"x…", "SyntaxError", "invalid character '…' (U+2026)", 1, 2, 1, 2,
   "  File \"x.py\", line 1\n    x…\n     ^\nSyntaxError: invalid character '…' (U+2026)\n"},
  {"x = *a", "SyntaxError", "can't use starred expression here", 1, 5, 1, 7,
   "  File \"x.py\", line 1\n    x = *a\n        ^^\nSyntaxError: can't use starred expression here\n"},
  {"*a = 1", "SyntaxError", "starred assignment target must be in a list or tuple", 1, 1, 1, 3,
   "  File \"x.py\", line 1\n    *a = 1\n    ^^\nSyntaxError: starred assignment target must be in a list or tuple\n"},
  {"a, *b, *c = d", "SyntaxError", "multiple starred expressions in assignment", 1, 1, 1, 10,
   "  File \"x.py\", line 1\n    a, *b, *c = d\n    ^^^^^^^^^\nSyntaxError: multiple starred expressions in assignment\n"},
  {"x = 1 if 2", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11,
   "  File \"x.py\", line 1\n    x = 1 if 2\n        ^^^^^^\nSyntaxError: expected 'else' after 'if' expression\n"},
  {"f(True=1)", "SyntaxError", "cannot assign to True", 1, 3, 1, 8,
   "  File \"x.py\", line 1\n    f(True=1)\n      ^^^^^\nSyntaxError: cannot assign to True\n"},
  {"if x:\n  y\n else:\n  z", "IndentationError", "unindent does not match any outer indentation level", 3, 7, 3, -1,
   "  File \"x.py\", line 3\n    else:\n         ^\nIndentationError: unindent does not match any outer indentation level\n"},
  {"x = = 1\ns = \"abc\n", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5, 2, 5,
   "  File \"x.py\", line 2\n    s = \"abc\n        ^\nSyntaxError: unterminated string literal (detected at line 2)\n"},
  {"print x\ns = \"abc", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5, 2, 5,
   "  File \"x.py\", line 2\n    s = \"abc\n        ^\nSyntaxError: unterminated string literal (detected at line 2)\n"},
  {"f'{a b}'", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5,
   "  File \"x.py\", line 1\n    (a b)\n     ^^^\nSyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?\n"},
  {"a = 1 = 2", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6,
   "  File \"x.py\", line 1\n    a = 1 = 2\n        ^\nSyntaxError: cannot assign to literal\n"},
  {"x = (", "SyntaxError", "'(' was never closed", 1, 5, 1, 0,
   "  File \"x.py\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n"},
  {"[1, 2", "SyntaxError", "'[' was never closed", 1, 1, 1, 0,
   "  File \"x.py\", line 1\n    [1, 2\n    ^\nSyntaxError: '[' was never closed\n"},
  {"{1: 2", "SyntaxError", "'{' was never closed", 1, 1, 1, 0,
   "  File \"x.py\", line 1\n    {1: 2\n    ^\nSyntaxError: '{' was never closed\n"},
  {"def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8,
   "  File \"x.py\", line 1\n    def f(*): pass\n          ^\nSyntaxError: named arguments must follow bare *\n"},
  {"try:\n  pass\nx = 1", "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 3, 2,
   "  File \"x.py\", line 3\n    x = 1\n    ^\nSyntaxError: expected 'except' or 'finally' block\n"},
  {"from m import a,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17,
   "  File \"x.py\", line 1\n    from m import a,\n                    ^\nSyntaxError: trailing comma not allowed without surrounding parentheses\n"},
  {"x = [i for i in 1 2]", "SyntaxError", "invalid syntax", 1, 19, 1, 20,
   "  File \"x.py\", line 1\n    x = [i for i in 1 2]\n                      ^\nSyntaxError: invalid syntax\n"},
  {"x = {1: 2, 3: }", "SyntaxError", "expression expected after dictionary key and ':'", 1, 13, 1, 14,
   "  File \"x.py\", line 1\n    x = {1: 2, 3: }\n                ^\nSyntaxError: expression expected after dictionary key and ':'\n"},
  {"x = yield = 1", "SyntaxError", "assignment to yield expression not possible", 1, 5, 1, 10,
   "  File \"x.py\", line 1\n    x = yield = 1\n        ^^^^^\nSyntaxError: assignment to yield expression not possible\n"},
  {"class C(x for x in y): pass", "SyntaxError", "invalid syntax", 1, 11, 1, 14,
   "  File \"x.py\", line 1\n    class C(x for x in y): pass\n              ^^^\nSyntaxError: invalid syntax\n"},
  {"x = 'a' b'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 1, 13,
   "  File \"x.py\", line 1\n    x = 'a' b'b'\n                ^\nSyntaxError: cannot mix bytes and nonbytes literals\n"},
  {"async with a: pass", "SyntaxError", "'async with' outside async function", 1, 1, 1, 19,
   "  File \"x.py\", line 1\n    async with a: pass\n    ^^^^^^^^^^^^^^^^^^\nSyntaxError: 'async with' outside async function\n"},
  {"def f():\n  await x", "SyntaxError", "'await' outside async function", 2, 3, 2, 10,
   "  File \"x.py\", line 2\n    await x\n    ^^^^^^^\nSyntaxError: 'await' outside async function\n"},
  {"x = [1, 2\ny = 3", "SyntaxError", "'[' was never closed", 1, 5, 1, 0,
   "  File \"x.py\", line 1\n    x = [1, 2\n        ^\nSyntaxError: '[' was never closed\n"},
  {"x = 3 +\\\n", "SyntaxError", "unexpected EOF while parsing", 1, 9, 1, -1,
   "  File \"x.py\", line 1\n    x = 3 +\\\n            ^\nSyntaxError: unexpected EOF while parsing\n"},
  {"def f(*, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8,
   "  File \"x.py\", line 1\n    def f(*, **k): pass\n          ^\nSyntaxError: named arguments must follow bare *\n"},
  {"if x = 1: pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9,
   "  File \"x.py\", line 1\n    if x = 1: pass\n       ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n"},
  {"while x = 1: pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 7, 1, 12,
   "  File \"x.py\", line 1\n    while x = 1: pass\n          ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n"},
  {"if x.y = 1: pass", "SyntaxError", "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7,
   "  File \"x.py\", line 1\n    if x.y = 1: pass\n       ^^^\nSyntaxError: cannot assign to attribute here. Maybe you meant '==' instead of '='?\n"},
  {"def f[T](x): pass", "SyntaxError", "expected '('", 1, 6, 1, 7,
   "  File \"x.py\", line 1\n    def f[T](x): pass\n         ^\nSyntaxError: expected '('\n"},
  {"type X = int", "SyntaxError", "invalid syntax", 1, 6, 1, 7,
   "  File \"x.py\", line 1\n    type X = int\n         ^\nSyntaxError: invalid syntax\n"},
  {"x = 1 if 2 else", "SyntaxError", "invalid syntax", 1, 16, 1, 16,
   "  File \"x.py\", line 1\n    x = 1 if 2 else\n                   ^\nSyntaxError: invalid syntax\n"},
  {"f(**k, x)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9, 1, 10,
   "  File \"x.py\", line 1\n    f(**k, x)\n            ^\nSyntaxError: positional argument follows keyword argument unpacking\n"},
  {"def f(a, /, a): pass", "SyntaxError", "duplicate argument 'a' in function definition", 1, 13, 1, 14,
   "  File \"x.py\", line 1\n    def f(a, /, a): pass\n                ^\nSyntaxError: duplicate argument 'a' in function definition\n"},
  {"global x\nx = 1\ndef g():\n  y = 1\n  global y", "SyntaxError", "name 'y' is assigned to before global declaration", 5, 3, 5, 11,
   "  File \"x.py\", line 5\n    global y\n    ^^^^^^^^\nSyntaxError: name 'y' is assigned to before global declaration\n"},
  {"def f():\n  print(x)\n  global x", "SyntaxError", "name 'x' is used prior to global declaration", 3, 3, 3, 11,
   "  File \"x.py\", line 3\n    global x\n    ^^^^^^^^\nSyntaxError: name 'x' is used prior to global declaration\n"},
  {"x = 0777", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6,
   "  File \"x.py\", line 1\n    x = 0777\n        ^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n"},
  {"x = 1__0", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6,
   "  File \"x.py\", line 1\n    x = 1__0\n         ^\nSyntaxError: invalid decimal literal\n"},
  {"x = \"\\x4\"", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 1, 10,
   "  File \"x.py\", line 1\n    x = \"\\x4\"\n             ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape\n"},
  {"x = *a", "SyntaxError", "can't use starred expression here", 1, 5, 1, 7,
   "  File \"x.py\", line 1\n    x = *a\n        ^^\nSyntaxError: can't use starred expression here\n"},
  {"*a = 1", "SyntaxError", "starred assignment target must be in a list or tuple", 1, 1, 1, 3,
   "  File \"x.py\", line 1\n    *a = 1\n    ^^\nSyntaxError: starred assignment target must be in a list or tuple\n"},
  {"a, *b, *c = d", "SyntaxError", "multiple starred expressions in assignment", 1, 1, 1, 10,
   "  File \"x.py\", line 1\n    a, *b, *c = d\n    ^^^^^^^^^\nSyntaxError: multiple starred expressions in assignment\n"},
  {"f(True=1)", "SyntaxError", "cannot assign to True", 1, 3, 1, 8,
   "  File \"x.py\", line 1\n    f(True=1)\n      ^^^^^\nSyntaxError: cannot assign to True\n"},
  {"print x\ns = \"abc", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5, 2, 5,
   "  File \"x.py\", line 2\n    s = \"abc\n        ^\nSyntaxError: unterminated string literal (detected at line 2)\n"},
  {"if True:\n    pass\n  x = 1", "IndentationError", "unindent does not match any outer indentation level", 3, 8, 3, -1,
   "  File \"x.py\", line 3\n    x = 1\n         ^\nIndentationError: unindent does not match any outer indentation level\n"},
  {"else:\n  pass", "SyntaxError", "invalid syntax", 1, 1, 1, 5,
   "  File \"x.py\", line 1\n    else:\n    ^^^^\nSyntaxError: invalid syntax\n"},
  {"if x  # c\n  pass", "SyntaxError", "expected ':'", 1, 7, 1, 10,
   "  File \"x.py\", line 1\n    if x  # c\n          ^^^\nSyntaxError: expected ':'\n"},
  {"def f()  t:\n  pass", "SyntaxError", "expected ':'", 1, 10, 1, 11,
   "  File \"x.py\", line 1\n    def f()  t:\n             ^\nSyntaxError: expected ':'\n"},
  {"if x:\n pass\nelse x:\n pass", "SyntaxError", "expected ':'", 3, 6, 3, 7,
   "  File \"x.py\", line 3\n    else x:\n         ^\nSyntaxError: expected ':'\n"},
  {"try x:\n pass", "SyntaxError", "expected ':'", 1, 5, 1, 6,
   "  File \"x.py\", line 1\n    try x:\n        ^\nSyntaxError: expected ':'\n"},
  {"with a b:\n pass", "SyntaxError", "invalid syntax", 1, 8, 1, 9,
   "  File \"x.py\", line 1\n    with a b:\n           ^\nSyntaxError: invalid syntax\n"},
  {"for x in y z:\n pass", "SyntaxError", "invalid syntax", 1, 12, 1, 13,
   "  File \"x.py\", line 1\n    for x in y z:\n               ^\nSyntaxError: invalid syntax\n"},
  {"x = 1\n  y\n\"abc", "IndentationError", "unexpected indent", 2, 2, 2, -1,
   "  File \"x.py\", line 2\n    y\nIndentationError: unexpected indent\n"},
  {"f(x): int", "SyntaxError", "illegal target for annotation", 1, 1, 1, 5,
   "  File \"x.py\", line 1\n    f(x): int\n    ^^^^\nSyntaxError: illegal target for annotation\n"},
  {"f(x):", "SyntaxError", "invalid syntax", 1, 5, 1, 6,
   "  File \"x.py\", line 1\n    f(x):\n        ^\nSyntaxError: invalid syntax\n"},
  {"x:", "SyntaxError", "invalid syntax", 1, 3, 1, 3,
   "  File \"x.py\", line 1\n    x:\n      ^\nSyntaxError: invalid syntax\n"},
  {"x.y:", "SyntaxError", "invalid syntax", 1, 5, 1, 5,
   "  File \"x.py\", line 1\n    x.y:\n        ^\nSyntaxError: invalid syntax\n"},
  {"if x:\n    y\n  z\n\"abc", "IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, -1,
   "  File \"x.py\", line 3\n    z\n     ^\nIndentationError: unindent does not match any outer indentation level\n"},
  {"x = (\n  1\n  2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 2, 3, 3, 4,
   "  File \"x.py\", line 2\n    1\n    ^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"},
  {"f'{x!}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8, 1, 8,
   "  File \"x.py\", line 1\n    f'{x!}'\n           ^\nSyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'\n"},
  {"x = 1\n    y = 2", "IndentationError", "unexpected indent", 2, 4, 2, -1,
   "  File \"x.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n"},
};

class CPythonError : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(CPythonError, Matches) {
  const ErrorCase& c = GetParam();
  source::SourceFile f("x.py", c.source);
  ParseResult r = parse(f);
  ASSERT_TRUE(r.error) << c.source;
  const SyntaxDiagnostic& d = *r.error;
  EXPECT_EQ(d.type, c.type) << c.source;
  EXPECT_EQ(d.message, c.message) << c.source;
  EXPECT_EQ(d.span.line, c.line) << c.source;
  EXPECT_EQ(d.span.column, c.offset) << c.source;
  EXPECT_EQ(format_syntax_error(f, d), c.printed) << c.source;
}

INSTANTIATE_TEST_SUITE_P(SyntaxError, CPythonError, ::testing::ValuesIn(kErrors));

TEST(SyntaxError, InvalidUtf8) {
  source::SourceFile f("x.py", "x = 1\ny = \"a\xff\"\n");
  ParseResult r = parse(f);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(format_syntax_error(f, *r.error),
            "SyntaxError: Non-UTF-8 code starting with '\\xff' in file x.py on line 2, but no encoding declared; see "
            "https://peps.python.org/pep-0263/ for details\n");
}

TEST(SyntaxError, NullBytes) {
  source::SourceFile f("x.py", std::string("x = 1\ny = \"a\0b\"\n", 15));
  ParseResult r = parse(f);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(format_syntax_error(f, *r.error),
            "  File \"x.py\", line 2\n    y = \"a\nSyntaxError: source code cannot contain null bytes\n");
}

TEST(SyntaxError, TooManyIndentationLevels) {
  std::string src;
  for (int i = 0; i < 101; ++i) src += std::string(static_cast<std::size_t>(i), ' ') + "if x:\n";
  src += std::string(101, ' ') + "pass\n";
  source::SourceFile f("x.py", src);
  ParseResult r = parse(f);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->type, "IndentationError");
  EXPECT_EQ(r.error->message, "too many levels of indentation");
}

}  // namespace
}  // namespace scopeplay::syntax
