"""Activation by variables: a small formula language over typed document variables.

Grammar (keywords are case-insensitive)::

    formula    := or_expr
    or_expr    := and_expr ("or" and_expr)*
    and_expr   := not_expr ("and" not_expr)*
    not_expr   := "not" not_expr | "(" formula ")" | comparison
    comparison := NAME op value | NAME ["not"] "in" "(" value ("," value)* ")"
                | NAME "is" ["not"] "empty"
    op         := "=" | "==" | "!=" | "<>" | "<" | "<=" | ">" | ">="
    NAME       := letters/digits/_ (e.g. age)  |  `any name`  (backticks, for spaces)
    value      := "text" | 'text' | 42 | 3.5 | 2021-03-01 | true | false

Values are compared by the variable's declared type: numbers as numbers, dates as dates
(bare ``2021-03-01`` or quoted), booleans as true/false/yes/no, text case-insensitively.
A document with no value for a variable matches no comparison on it (``!=`` included);
``is empty`` finds those documents.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from qdadesk.core.errors import QdaError
from qdadesk.core.i18n import tr

if TYPE_CHECKING:
    from qdadesk.core.project import Project

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<string>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')
      | (?P<quoted_name>`[^`]*`)
      | (?P<date>\d{4}-\d{2}-\d{2}(?![\w-]))
      | (?P<number>[-+]?\d+(?:\.\d+)?(?![\w.]))
      | (?P<op><=|>=|!=|<>|==|=|<|>)
      | (?P<punct>[(),])
      | (?P<word>[^\W\d][\w.]*)
    )""",
    re.VERBOSE,
)
_KEYWORDS = {"and", "or", "not", "in", "is", "empty", "true", "false"}


@dataclass(frozen=True)
class _Token:
    kind: str
    value: Any
    position: int


class FormulaError(QdaError):
    """A formula that cannot be read; the message says where and why."""


def _tokenize(formula: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(formula):
        if formula[position:].strip() == "":
            break
        match = _TOKEN.match(formula, position)
        if match is None or match.end() == position:
            column = len(formula) - len(formula[position:].lstrip()) + 1
            raise FormulaError(
                tr("Formula: cannot read '{text}' at position {column}").format(
                    text=formula[column - 1 : column + 9].strip(), column=column
                )
            )
        kind = match.lastgroup or ""
        raw = match.group(kind)
        start = match.start(kind) + 1
        if kind == "string":
            value: Any = re.sub(r"\\(.)", r"\1", raw[1:-1])
        elif kind == "quoted_name":
            value = raw[1:-1].strip()
            kind = "name"
        elif kind == "date":
            try:
                value = dt.date.fromisoformat(raw)
            except ValueError as error:
                raise FormulaError(
                    tr("Formula: '{text}' is not a valid date").format(text=raw)
                ) from error
        elif kind == "number":
            value = float(raw) if "." in raw else int(raw)
        elif kind == "word":
            lowered = raw.lower()
            if lowered in _KEYWORDS:
                kind, value = "keyword", lowered
            else:
                kind, value = "name", raw
        else:
            value = raw
        tokens.append(_Token(kind, value, start))
        position = match.end()
    return tokens


# A parsed formula is a tree of tuples: ("and", a, b), ("or", a, b), ("not", a),
# ("cmp", name, op, value), ("in", name, [values], negated), ("empty", name, negated).
Node = tuple[Any, ...]


class _Parser:
    def __init__(self, formula: str) -> None:
        self.formula = formula
        self.tokens = _tokenize(formula)
        self.index = 0

    def parse(self) -> Node:
        if not self.tokens:
            raise FormulaError(tr("Formula: the formula is empty"))
        node = self._or()
        if self.index < len(self.tokens):
            token = self.tokens[self.index]
            raise self._error(tr("unexpected '{text}'").format(text=token.value), token)
        return node

    def _peek(self) -> _Token | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def _take_keyword(self, word: str) -> bool:
        token = self._peek()
        if token and token.kind == "keyword" and token.value == word:
            self.index += 1
            return True
        return False

    def _take_punct(self, char: str) -> bool:
        token = self._peek()
        if token and token.kind == "punct" and token.value == char:
            self.index += 1
            return True
        return False

    def _error(self, message: str, token: _Token | None) -> FormulaError:
        where = (
            tr("at position {column}").format(column=token.position) if token else tr("at the end")
        )
        return FormulaError(tr("Formula: {message} {where}").format(message=message, where=where))

    def _or(self) -> Node:
        node = self._and()
        while self._take_keyword("or"):
            node = ("or", node, self._and())
        return node

    def _and(self) -> Node:
        node = self._not()
        while self._take_keyword("and"):
            node = ("and", node, self._not())
        return node

    def _not(self) -> Node:
        if self._take_keyword("not"):
            return ("not", self._not())
        if self._take_punct("("):
            node = self._or()
            if not self._take_punct(")"):
                raise self._error(tr("a ')' is missing"), self._peek())
            return node
        return self._comparison()

    def _comparison(self) -> Node:
        token = self._peek()
        if token is None or token.kind != "name":
            raise self._error(tr("expected a variable name"), token)
        self.index += 1
        name = token.value
        if self._take_keyword("is"):
            negated = self._take_keyword("not")
            if not self._take_keyword("empty"):
                raise self._error(tr("expected 'empty' after 'is'"), self._peek())
            return ("empty", name, negated)
        negated = self._take_keyword("not")
        if self._take_keyword("in"):
            if not self._take_punct("("):
                raise self._error(tr("expected '(' after 'in'"), self._peek())
            values = [self._value()]
            while self._take_punct(","):
                values.append(self._value())
            if not self._take_punct(")"):
                raise self._error(tr("a ')' is missing"), self._peek())
            return ("in", name, values, negated)
        if negated:
            raise self._error(tr("expected 'in' after 'not'"), self._peek())
        op_token = self._peek()
        if op_token is None or op_token.kind != "op":
            raise self._error(
                tr("expected a comparison (= != < <= > >= in) after '{name}'").format(name=name),
                op_token,
            )
        self.index += 1
        op = {"==": "=", "<>": "!="}.get(op_token.value, op_token.value)
        return ("cmp", name, op, self._value())

    def _value(self) -> Any:
        token = self._peek()
        if token is None:
            raise self._error(tr("expected a value"), None)
        if token.kind in ("string", "number", "date"):
            self.index += 1
            return token.value
        if token.kind == "keyword" and token.value in ("true", "false"):
            self.index += 1
            return token.value == "true"
        if token.kind == "name":
            # An unquoted word as a value reads as text (role = developer).
            self.index += 1
            return token.value
        raise self._error(tr("expected a value, not '{text}'").format(text=token.value), token)


def parse_formula(formula: str) -> Node:
    """Parse ``formula`` into a tree; a ``FormulaError`` (a QdaError) says what is wrong."""
    return _Parser(formula).parse()


def variable_names(node: Node) -> set[str]:
    """Every variable a parsed formula mentions."""
    if node[0] in ("and", "or"):
        return variable_names(node[1]) | variable_names(node[2])
    if node[0] == "not":
        return variable_names(node[1])
    return {node[1]}


_TRUE_WORDS = {"true", "yes", "1", "y", "t", "ja", "oui", "ya"}
_FALSE_WORDS = {"false", "no", "0", "n", "f", "nein", "non", "tidak"}


def _coerce(value: Any, type_: str, name: str) -> Any:
    """A literal from the formula as a value comparable with a stored one of ``type_``."""
    try:
        if type_ == "integer" or type_ == "float":
            if isinstance(value, bool):
                return int(value)
            if isinstance(value, (int, float)):
                return value
            return float(str(value).strip().replace(",", "."))
        if type_ == "date":
            if isinstance(value, dt.date):
                return value
            return dt.date.fromisoformat(str(value).strip()[:10])
        if type_ == "boolean":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in _TRUE_WORDS:
                return True
            if text in _FALSE_WORDS:
                return False
            raise ValueError(text)
    except (TypeError, ValueError) as error:
        raise FormulaError(
            tr("Formula: '{value}' is not a valid {type} value for variable '{name}'").format(
                value=value, type=type_, name=name
            )
        ) from error
    if isinstance(value, dt.date):
        return value.isoformat().casefold()
    return str(value).casefold()


def _stored(value: Any, type_: str) -> Any:
    if value is None:
        return None
    if type_ == "date":
        return dt.date.fromisoformat(str(value)[:10])
    if type_ == "boolean":
        return bool(value)
    if type_ in ("integer", "float"):
        return value
    return str(value).casefold()


_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "=": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


def compile_formula(project: Project, formula: str) -> Callable[[dict[str, Any]], bool]:
    """A test of one document's values (by variable name, as ``document_values`` gives)."""
    tree = parse_formula(formula)
    types = {v.name: v.type for v in project.variables("document")}
    by_folded = {name.casefold(): name for name in types}
    for name in variable_names(tree):
        if name not in types and name.casefold() not in by_folded:
            raise FormulaError(tr("Formula: no variable called '{name}'").format(name=name))

    def real(name: str) -> str:
        return name if name in types else by_folded[name.casefold()]

    def build(node: Node) -> Callable[[dict[str, Any]], bool]:
        kind = node[0]
        if kind in ("and", "or"):
            left, right = build(node[1]), build(node[2])
            if kind == "and":
                return lambda values: left(values) and right(values)
            return lambda values: left(values) or right(values)
        if kind == "not":
            inner = build(node[1])
            return lambda values: not inner(values)
        name = real(node[1])
        type_ = types[name]
        if kind == "empty":
            negated = node[2]
            return lambda values: (values.get(name) in (None, "")) != negated
        if kind == "in":
            options = [_coerce(v, type_, name) for v in node[2]]
            negated = node[3]

            def member(values: dict[str, Any]) -> bool:
                stored = _stored(values.get(name), type_)
                return stored is not None and ((stored in options) != negated)

            return member
        op, literal = node[2], _coerce(node[3], type_, name)
        compare = _OPERATORS[op]

        def comparison(values: dict[str, Any]) -> bool:
            stored = _stored(values.get(name), type_)
            if stored is None:
                return False
            try:
                return bool(compare(stored, literal))
            except TypeError:
                return False

        return comparison

    return build(tree)


def documents_matching(project: Project, formula: str) -> list[int]:
    """Ids of the documents whose variables satisfy ``formula``, in Document System order."""
    test = compile_formula(project, formula)
    values = project.document_values()
    return [d.id for d in project.documents() if test(values.get(d.id, {}))]
