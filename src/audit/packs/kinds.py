"""Vale's rule kinds: compile a YAML rule once, then find its alerts in a document.

Each kind returns alerts as (block, start, end, message) with offsets into ``block.text``
(or (None, 0, 0, message) for document-level alerts).
"""

from __future__ import annotations

import ast
import operator
import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import RuleError
from .regexes import compile_pattern

SUPPORTED = ("existence", "substitution", "occurrence", "repetition", "consistency",
             "conditional", "capitalization", "metric")  # fmt: skip
UNSUPPORTED = ("spelling", "script", "sequence", "readability", "lt")
SCOPES = ("text", "heading", "paragraph", "sentence", "list", "blockquote", "raw", "summary")
LEVELS = {"suggestion": "info", "info": "info", "warning": "warning", "error": "error"}


def fill(message: str, *args: str) -> str:
    """Go-style ``%s`` substitution with as many arguments as the message asks for."""
    out = message
    for arg in args:
        if "%s" not in out:
            break
        out = out.replace("%s", arg, 1)
    return out


@dataclass
class Unit:
    """A piece of text a rule looks at: part of one block."""

    block: Any
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]


@dataclass
class Rule:
    """A compiled declarative rule."""

    style: str
    name: str
    kind: str
    path: str
    message: str
    level: str
    scopes: tuple[str, ...]
    negated: tuple[str, ...]
    data: dict[str, Any]
    description: str = ""
    link: str = ""
    compiled: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def ident(self) -> str:
        return f"{self.style}.{self.name}"


def _err(path: str, message: str, data: dict | None = None, key: str | None = None) -> RuleError:
    line = ""
    if data is not None and key is not None:
        line = f":{data.get('__lines__', {}).get(key, 1)}"
    return RuleError(f"{path}{line}: {message}")


def _word_regex(tokens: list[str], ignorecase: bool, word: bool, raw: str, append: bool) -> str:
    body = "|".join(t for t in tokens if str(t).strip())
    regex = rf"(?m)\b(?:{body})\b" if word else f"(?m)(?:{body})"
    if not body:
        regex = "(?m)"
    regex = regex + raw if append else raw + regex
    if ignorecase:
        regex = "(?i)" + regex
    return regex


LITERAL = re.compile(r"[\w' -]+")


def _literal_index(tokens: list[str]):
    """A word index for tokens that are plain words (no regex syntax), else None.

    Matched between word boundaries, such a token needs each of its words in the text,
    so a unit lacking them is skipped without running the pattern.
    """
    from ..lexicons import index_terms

    if not tokens or not all(LITERAL.fullmatch(t) for t in tokens):
        return None
    return index_terms(tokens)


def _exceptions(values: list[str], ignorecase: bool):
    if not values:
        return None
    flags = re.IGNORECASE if ignorecase else 0
    try:
        return re.compile("^(?:" + "|".join(str(v) for v in values) + ")$", flags)
    except re.error:
        return re.compile("^(?:" + "|".join(re.escape(str(v)) for v in values) + ")$", flags)


def build(
    style: str, name: str, path: str, data: dict[str, Any], accept: tuple[str, ...] = ()
) -> Rule:
    """Validate and compile one rule mapping."""
    if not isinstance(data, dict):
        raise RuleError(f"{path}: a rule file must hold a mapping")
    kind = data.get("extends")
    if kind not in SUPPORTED:
        if kind in UNSUPPORTED:
            raise NotImplementedError(f"{path}: rule kind '{kind}' is not supported; rule skipped")
        raise _err(path, f"unknown rule kind 'extends: {kind}'", data, "extends")
    level = str(data.get("level", "suggestion")).lower()
    if level not in LEVELS:
        raise _err(path, f"bad level '{level}' (use suggestion, warning or error)", data, "level")
    scope_raw = data.get("scope", "text")
    scope_list = scope_raw if isinstance(scope_raw, list) else [scope_raw]
    scopes, negated = [], []
    for s in scope_list:
        s = str(s)
        target = negated if s.startswith("~") else scopes
        base = s.lstrip("~").split(".")[0]
        target.append(base)
    rule = Rule(
        style=style,
        name=name,
        kind=kind,
        path=path,
        message=str(data.get("message", "")),
        level=LEVELS[level],
        scopes=tuple(scopes) or (("text",) if negated else ("text",)),
        negated=tuple(negated),
        data=data,
        description=str(data.get("description", "") or ""),
        link=str(data.get("link", "") or ""),
    )
    ignorecase = bool(data.get("ignorecase", False))
    nonword = bool(data.get("nonword", False))
    exceptions = list(data.get("exceptions", []) or []) + list(accept)
    try:
        if kind == "existence":
            tokens = [str(t) for t in data.get("tokens", []) or []]
            raw = "".join(str(r) for r in data.get("raw", []) or [])
            if not tokens and not raw:
                raise _err(path, "an existence rule needs 'tokens' or 'raw'", data, "extends")
            rule.compiled["re"] = compile_pattern(
                _word_regex(
                    tokens, ignorecase, not nonword and bool(tokens), raw, bool(data.get("append"))
                )
            )
            if not raw and not nonword:
                rule.compiled["keys"] = _literal_index(tokens)
        elif kind == "substitution":
            swap = data.get("swap") or {}
            if not isinstance(swap, dict) or not swap:
                raise _err(path, "a substitution rule needs a 'swap' mapping", data, "swap")
            keys = [str(k) for k in swap]
            rule.compiled["repl"] = [str(swap[k]) for k in swap]
            body = "|".join(f"({k})" for k in keys)
            regex = rf"(?m)\b(?:{body})\b" if not nonword else f"(?m)(?:{body})"
            rule.compiled["re"] = compile_pattern(("(?i)" if ignorecase else "") + regex)
            if not nonword:
                rule.compiled["keys"] = _literal_index(keys)
        elif kind in ("occurrence", "repetition"):
            tokens = [str(t) for t in data.get("tokens", []) or []]
            if data.get("token") and not tokens:
                tokens = [str(data["token"])]
            word = not nonword and kind == "occurrence"
            rule.compiled["re"] = compile_pattern(_word_regex(tokens, ignorecase, word, "", False))
        elif kind == "consistency":
            either = data.get("either") or {}
            rule.compiled["pairs"] = [
                (compile_pattern(("(?i)" if ignorecase else "") + rf"\b(?:{a})\b"),
                 compile_pattern(("(?i)" if ignorecase else "") + rf"\b(?:{b})\b"))
                for a, b in either.items()
            ]  # fmt: skip
        elif kind == "conditional":
            flag = "" if data.get("ignorecase") is False or not ignorecase else "(?i)"
            rule.compiled["first"] = compile_pattern(flag + str(data["first"]))
            rule.compiled["second"] = compile_pattern(flag + str(data["second"]))
        elif kind == "capitalization":
            rule.compiled["match"] = str(data.get("match", "$title"))
            rule.compiled["indicators"] = tuple(str(i) for i in data.get("indicators", []) or [])
        elif kind == "metric":
            rule.compiled["formula"] = parse_formula(str(data.get("formula", "")), path)
            rule.compiled["variables"] = frozenset(
                n.id for n in ast.walk(rule.compiled["formula"]) if isinstance(n, ast.Name)
            )
            rule.compiled["condition"] = parse_condition(str(data.get("condition", "")), path)
    except re.error as exc:
        raise RuleError(f"{path}: invalid regular expression: {exc}") from None
    except KeyError as exc:
        raise _err(path, f"missing key {exc}", data, None) from None
    rule.compiled["except"] = _exceptions(exceptions, ignorecase)
    for key, value in rule.compiled.items():
        pattern = getattr(value, "pattern", None)
        if isinstance(pattern, str) and NESTED_QUANTIFIER.search(pattern):
            rule.warnings.append(
                f"{path}: pattern in '{key}' nests quantifiers ({NESTED_QUANTIFIER.search(pattern).group(0)!r}) "
                "and may backtrack catastrophically; matching is time-limited"
            )
    return rule


# A group that ends in + or * and is itself repeated: the classic ReDoS shape, e.g. (a+)+.
NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*[+*]\)[+*{]")


# --- metric formulas: a small safe evaluator (no eval) -------------------------------

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
        ast.Div: operator.truediv, ast.Pow: operator.pow, ast.USub: operator.neg}  # fmt: skip
VARIABLES = ("words", "sentences", "syllables", "characters", "complex_words", "long_words",
             "polysyllabic_words", "paragraphs", "pre", "list", "blockquote", "heading")  # fmt: skip


def parse_formula(text: str, path: str) -> ast.AST:
    try:
        tree = ast.parse(text.replace("^", "**"), mode="eval")
    except SyntaxError as exc:
        raise RuleError(f"{path}: invalid metric formula {text!r}: {exc.msg}") from None
    for node in ast.walk(tree):
        ok = isinstance(node, (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant, ast.Name,
                               ast.Load, ast.Call, *(_OPS.keys())))  # fmt: skip
        if isinstance(node, ast.Name) and node.id not in VARIABLES + ("sqrt",):
            raise RuleError(f"{path}: unknown variable '{node.id}' in metric formula")
        if isinstance(node, ast.Call) and not (
            isinstance(node.func, ast.Name) and node.func.id == "sqrt"
        ):
            raise RuleError(f"{path}: only sqrt() may be called in a metric formula")
        if not ok:
            raise RuleError(f"{path}: unsupported syntax in metric formula {text!r}")
    return tree


def evaluate(tree: ast.AST, env: dict[str, float]) -> float:
    """Evaluate a parsed formula over ``env`` (numbers and sqrt only)."""
    import math

    def ev(node):
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant):
            return float(node.value)
        if isinstance(node, ast.Name):
            return float(env.get(node.id, 0.0))
        if isinstance(node, ast.UnaryOp):
            return _OPS[type(node.op)](ev(node.operand))
        if isinstance(node, ast.BinOp):
            left, right = ev(node.left), ev(node.right)
            if isinstance(node.op, ast.Div) and right == 0:
                return 0.0
            return _OPS[type(node.op)](left, right)
        if isinstance(node, ast.Call):
            return math.sqrt(max(0.0, ev(node.args[0])))
        raise ValueError("unsupported")

    return ev(tree)


def parse_condition(text: str, path: str):
    m = re.match(r"^\s*(<=|>=|==|!=|<|>)\s*(-?\d+(?:\.\d+)?)\s*$", text)
    if not m:
        raise RuleError(f"{path}: metric condition must look like '> 8', got {text!r}")
    ops = {"<": operator.lt, ">": operator.gt, "<=": operator.le, ">=": operator.ge,
           "==": operator.eq, "!=": operator.ne}  # fmt: skip
    return ops[m.group(1)], float(m.group(2)), text.strip()
