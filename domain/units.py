"""Units of measure for plant figures, with dimensional analysis.

Plant data arrive in whatever unit the meter, the invoice or the operator used: t or kg, m³ or L,
kWh or MWh, GJ, kgce or tce. A KPI must never add kWh to MWh unconverted or subtract water from
energy, so every unit reduces to a scale factor against coherent base units plus a dimension,
and conversions across dimensions are refused instead of guessed.

The base symbols (keys of a `Dimension`) are listed in `BASE_DIMENSIONS`. Energy is kg·m²/s², so
kWh, GJ and kW·h convert into one another. Deliberate choices:

- Standard coal (kgce, tce) is its own dimension, "coal equivalent": energy becomes coal through
  the carrier-dependent GB/T 2589 coefficients in `domain.energy`, never through a fixed factor.
- CO₂ (kgCO2, tCO2) is its own dimension for the same reason (emission factors live elsewhere).
- Nm³ (normal cubic metre) is accounted as a volume equal to m³: gas is booked in Nm³ and the
  coefficients are quoted per Nm³ without a temperature correction here. It keeps its own symbol
  so reports show what the meter said.
- Counts (pcs, 件, 个) and currency (元, CNY, 万元) are dimensions, so "元/t" or "pcs/h" stay typed.
- a (annum) is 365 d. % is 0.01, ‰ 0.001, ppm 1e-6, all dimensionless.
- Temperatures (°C) are absent on purpose: they are affine, not a scale.

Grammar: products and quotients of symbols, left to right ("kg/m·s" is (kg/m)·s; write
"kg/(m·s)"), each symbol with an optional integer power ("m³", "m3", "s^-1", "s⁻¹"), groups in
parentheses, positive numbers as factors ("1/h"), and "" for dimensionless. Products are written
with "·", "⋅", "×" or "*".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

Dimension = tuple[tuple[str, int], ...]
"""Base symbol → non-zero exponent, sorted by symbol: m³/t is (("kg", -1), ("m", 3))."""
Terms = tuple[tuple[str, int], ...]
"""The named factors a unit was written with, for display: kgce/t is (("kgce", 1), ("t", -1))."""

BASE_DIMENSIONS = {
    "kg": "mass",
    "m": "length",
    "s": "time",
    "kgce": "coal_equivalent",
    "pcs": "count",
    "CNY": "currency",
    "kgCO2": "co2",
}
MAX_UNIT_LENGTH = 64
MAX_POWER = 99

_ENERGY: Dimension = (("kg", 1), ("m", 2), ("s", -2))
_POWER: Dimension = (("kg", 1), ("m", 2), ("s", -3))
_ATOMS: dict[str, tuple[float, Dimension]] = {
    **{sym: (f, (("kg", 1),)) for sym, f in (("mg", 1e-6), ("g", 1e-3), ("kg", 1.0), ("t", 1e3))},
    **{sym: (f, (("m", 1),)) for sym, f in (("mm", 1e-3), ("cm", 1e-2), ("m", 1.0), ("km", 1e3))},
    **{sym: (f, (("m", 3),)) for sym, f in (("mL", 1e-6), ("L", 1e-3), ("Nm³", 1.0))},
    **{
        sym: (f, (("s", 1),))
        for sym, f in (("s", 1.0), ("min", 60.0), ("h", 3600.0), ("d", 86400.0))
    },
    "a": (365 * 86400.0, (("s", 1),)),
    **{
        sym: (f, _ENERGY)
        for sym, f in (
            ("J", 1.0),
            ("kJ", 1e3),
            ("MJ", 1e6),
            ("GJ", 1e9),
            ("TJ", 1e12),
            ("Wh", 3600.0),
            ("kWh", 3.6e6),
            ("MWh", 3.6e9),
            ("GWh", 3.6e12),
        )
    },
    **{sym: (f, _POWER) for sym, f in (("W", 1.0), ("kW", 1e3), ("MW", 1e6))},
    "kgce": (1.0, (("kgce", 1),)),
    "tce": (1e3, (("kgce", 1),)),
    **{sym: (1.0, (("pcs", 1),)) for sym in ("pcs", "件", "个")},
    "CNY": (1.0, (("CNY", 1),)),
    "元": (1.0, (("CNY", 1),)),
    "万元": (1e4, (("CNY", 1),)),
    "kgCO2": (1.0, (("kgCO2", 1),)),
    "tCO2": (1e3, (("kgCO2", 1),)),
    "%": (0.01, ()),
    "‰": (0.001, ()),
    "ppm": (1e-6, ()),
}
_ALIASES = {"Nm3": "Nm³", "kgCO₂": "kgCO2", "tCO₂": "tCO2", "l": "L"}
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_TO_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_POWERED = re.compile(r"(.+?)(\^-?[0-9]+|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|-?[0-9]+)")
_POWER_ONLY = re.compile(r"\^-?[0-9]+|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_TOKEN = re.compile(r"\s*(?:([()])|([*·⋅×/])|([^\s()*·⋅×/]+))")
_PRODUCT_SIGNS = frozenset("*·⋅×")


class UnitError(ValueError):
    """A unit that cannot be used; `code` is what the UI translates, `detail` the offending text.

    Codes: unknown_unit, malformed_unit, unit_too_long, incompatible_units.
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Unit:
    """A scale to coherent base units and a dimension; equal units convert with factor 1.

    `terms` and `symbol` only serve display and do not take part in equality: "m3" equals "m³".
    Build units with `parse_unit` or by arithmetic on parsed units.
    """

    scale: float
    dimension: Dimension
    terms: Terms = field(default=(), compare=False)
    symbol: str | None = field(default=None, compare=False)
    """The text the unit was parsed from; None for a derived unit."""

    @property
    def is_dimensionless(self) -> bool:
        return not self.dimension

    def __mul__(self, other: Unit) -> Unit:
        return Unit(
            self.scale * other.scale,
            _combine(self.dimension, other.dimension, 1),
            _merge(self.terms + other.terms),
        )

    def __truediv__(self, other: Unit) -> Unit:
        inverse = other.pow(-1)
        return Unit(
            _ratio(self.scale, other.scale),
            _combine(self.dimension, inverse.dimension, 1),
            _merge(self.terms + inverse.terms),
        )

    def pow(self, n: int) -> Unit:
        if n == 0:
            return DIMENSIONLESS
        return Unit(
            _raise(self.scale, n),
            _combine((), self.dimension, n),
            _merge(tuple((sym, exp * n) for sym, exp in self.terms)),
        )


DIMENSIONLESS = Unit(1.0, (), (), "")


@dataclass(frozen=True)
class Quantity:
    """A number with the unit it is expressed in, e.g. Quantity(12.5, "kgce/t")."""

    value: float
    unit: str = ""

    def to(self, unit: str) -> Quantity:
        return Quantity(convert(self.value, self.unit, unit), unit)


@lru_cache(maxsize=4096)
def parse_unit(text: str) -> Unit:
    """The unit `text` denotes; raises `UnitError` (unknown_unit names the unknown symbol)."""
    stripped = text.strip()
    if len(stripped) > MAX_UNIT_LENGTH:
        raise UnitError("unit_too_long", str(len(stripped)))
    if not stripped:
        return DIMENSIONLESS
    terms = _UnitParser(stripped).parse()
    scale = _scale_of(terms)
    if not (math.isfinite(scale) and scale > 0):
        raise UnitError("malformed_unit", stripped)
    return Unit(scale, _dimension_of(terms), terms, stripped)


def convert(value: float, from_unit: str | Unit, to_unit: str | Unit) -> float:
    """`value` in `from_unit` expressed in `to_unit`; incompatible_units across dimensions."""
    source, target = _as_unit(from_unit), _as_unit(to_unit)
    if source.dimension != target.dimension:
        raise UnitError("incompatible_units", f"{format_unit(source)}→{format_unit(target)}")
    if source.scale == target.scale:
        return value
    return value * (source.scale / target.scale)


def same_dimension(a: str | Unit, b: str | Unit) -> bool:
    return _as_unit(a).dimension == _as_unit(b).dimension


def format_unit(unit: Unit) -> str:
    """A readable symbol that `parse_unit` reads back: the parsed text, else e.g. "kgce/t"."""
    if unit.symbol is not None:
        return unit.symbol
    if unit.terms or (unit.scale == 1.0 and not unit.dimension):
        return _render(unit.terms)
    scale: Terms = () if unit.scale == 1.0 else ((repr(unit.scale), 1),)
    return _render(scale + unit.dimension)


def simplify(unit: Unit) -> tuple[float, Unit]:
    """Cancel pairs of factors with opposite dimensions into a number: (factor, simpler unit).

    MWh·kgce/kWh becomes (1000, kgce) and kg/t becomes (0.001, dimensionless): a value `v` in
    `unit` is `v * factor` in the simpler unit. Unit arithmetic itself stays exact and keeps
    every factor; expressions call this so that a product reads the way a person writes it.
    """
    terms = list(unit.terms)
    factor = 1.0
    i = 0
    while i < len(terms):
        first = _term_dimension(terms[i])
        partner = next(
            (
                j
                for j in range(i + 1, len(terms))
                if first and _term_dimension(terms[j]) == _combine((), first, -1)
            ),
            None,
        )
        if partner is None:
            i += 1
            continue
        factor = _times(_times(factor, terms[i]), terms[partner])
        del terms[partner], terms[i]
    if factor == 1.0 and len(terms) == len(unit.terms):
        return 1.0, unit
    kept = tuple(terms)
    return factor, Unit(_scale_of(kept), _dimension_of(kept), kept)


def _as_unit(unit: str | Unit) -> Unit:
    return unit if isinstance(unit, Unit) else parse_unit(unit)


def _atom(symbol: str) -> tuple[float, Dimension] | None:
    found = _ATOMS.get(_ALIASES.get(symbol, symbol))
    if found is None and _NUMBER.fullmatch(symbol):
        value = float(symbol)
        if math.isfinite(value) and value > 0:
            return value, ()
    return found


def _known(symbol: str) -> tuple[float, Dimension]:
    found = _atom(symbol)
    if found is None:
        raise UnitError("unknown_unit", symbol)
    return found


def _times(factor: float, term: tuple[str, int]) -> float:
    """factor × the term's scale, dividing for negative powers: 3.6e9 / 3.6e6 is exactly 1000."""
    scale, exponent = _known(term[0])[0], term[1]
    return (
        factor * _raise(scale, exponent)
        if exponent > 0
        else _ratio(factor, _raise(scale, -exponent))
    )


def _term_dimension(term: tuple[str, int]) -> Dimension:
    return _combine((), _known(term[0])[1], term[1])


def _scale_of(terms: Terms) -> float:
    above = math.prod(_raise(_known(sym)[0], exp) for sym, exp in terms if exp > 0)
    return _ratio(above, math.prod(_raise(_known(sym)[0], -exp) for sym, exp in terms if exp < 0))


def _raise(scale: float, power: int) -> float:
    """scale**power, infinite instead of OverflowError: GWh^99 is refused, not a crash."""
    try:
        return scale**power
    except OverflowError:
        return math.inf


def _ratio(above: float, below: float) -> float:
    """above / below for positive scales; a scale that underflowed to 0 divides to infinity."""
    return above / below if below else math.inf


def _dimension_of(terms: Terms) -> Dimension:
    dimension: Dimension = ()
    for term in terms:
        dimension = _combine(dimension, _term_dimension(term), 1)
    return dimension


def _combine(a: Dimension, b: Dimension, times: int) -> Dimension:
    """a + times × b, dropping zero exponents."""
    exponents = dict(a)
    for symbol, exponent in b:
        exponents[symbol] = exponents.get(symbol, 0) + times * exponent
    return tuple(sorted((sym, exp) for sym, exp in exponents.items() if exp))


def _merge(terms: Terms) -> Terms:
    """Terms with one entry per distinct unit (元 and CNY are one), in first-seen order."""
    merged: dict[tuple[float, Dimension], tuple[str, int]] = {}
    for symbol, exponent in terms:
        key = _known(symbol)
        first, total = merged.get(key, (symbol, 0))
        merged[key] = (first, total + exponent)
    return tuple(term for key, term in merged.items() if term[1] and key != (1.0, ()))


def _render(terms: Terms) -> str:
    above = [_power_text(sym, exp) for sym, exp in terms if exp > 0]
    below = [_power_text(sym, -exp) for sym, exp in terms if exp < 0]
    top = "·".join(above)
    if not below:
        return top
    bottom = below[0] if len(below) == 1 else f"({'·'.join(below)})"
    return f"{top or '1'}/{bottom}"


def _power_text(symbol: str, exponent: int) -> str:
    if exponent == 1:
        return symbol
    if symbol[-1].isdigit():  # "Nm³²" or "kgCO22" would read back as another power
        return f"{symbol}^{exponent}"
    return symbol + str(exponent).translate(_TO_SUPERSCRIPT)


def _power(text: str) -> int:
    power = int(text.lstrip("^").translate(_SUPERSCRIPTS))
    if abs(power) > MAX_POWER:
        raise UnitError("malformed_unit", text)
    return power


class _UnitParser:
    """Recursive descent over the tokens of one unit text; depth is bounded by its length."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[str] = []
        position = 0
        while position < len(text):
            match = _TOKEN.match(text, position)
            if match is None or match.lastindex is None:
                raise UnitError("malformed_unit", text)
            self.tokens.append(match.group(match.lastindex))
            position = match.end()
        self.index = 0

    def parse(self) -> Terms:
        terms = self._product()
        if self.index != len(self.tokens):
            raise UnitError("malformed_unit", self.text)
        return _merge(terms)

    def _peek(self) -> str | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def _next(self) -> str:
        token = self._peek()
        if token is None:
            raise UnitError("malformed_unit", self.text)
        self.index += 1
        return token

    def _product(self) -> Terms:
        terms = self._factor()
        while (sign := self._peek()) is not None and (sign == "/" or sign in _PRODUCT_SIGNS):
            self.index += 1
            right = self._factor()
            terms += tuple((sym, -exp) for sym, exp in right) if sign == "/" else right
        return terms

    def _factor(self) -> Terms:
        token = self._next()
        if token == "(":
            inner = self._product()
            if self._next() != ")":
                raise UnitError("malformed_unit", self.text)
            suffix = self._peek()
            if suffix is not None and _POWER_ONLY.fullmatch(suffix):
                self.index += 1
                power = _power(suffix)
                return tuple((sym, exp * power) for sym, exp in inner)
            return inner
        if token == ")" or token == "/" or token in _PRODUCT_SIGNS:
            raise UnitError("malformed_unit", self.text)
        return (_symbol_term(token),)


def _symbol_term(word: str) -> tuple[str, int]:
    """("kWh", 1) for "kWh", ("m", 3) for "m³" or "m3", ("Nm³", 1) for "Nm3"."""
    if _atom(word) is not None:
        return _ALIASES.get(word, word), 1
    match = _POWERED.fullmatch(word)
    if match is None or _atom(match[1]) is None:
        raise UnitError("unknown_unit", word)
    return _ALIASES.get(match[1], match[1]), _power(match[2])
