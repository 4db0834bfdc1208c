"""The claims engine stays readable: no function in sco_cli/claims/ above radon grade C
(cyclomatic complexity 20 or less), so a rule stays a small function a reader can follow."""

from __future__ import annotations

from pathlib import Path

from radon import complexity as radon_complexity  # type: ignore[import-untyped]  # the dev extra
from radon.visitors import Class, Function  # type: ignore[import-untyped]

CLAIMS = Path(__file__).resolve().parents[2] / "sco_cli" / "claims"
WORST = "C"


def test_no_function_in_the_claims_engine_is_above_grade_c() -> None:
    too_complex = []
    for path in sorted(CLAIMS.glob("*.py")):
        for block in radon_complexity.cc_visit(path.read_text(encoding="utf-8")):
            grade = radon_complexity.cc_rank(block.complexity)
            if grade > WORST:
                too_complex.append(
                    f"{path.name}:{block.lineno} {block.fullname} {grade} ({block.complexity})"
                )
    assert not too_complex, "above radon grade C: " + "; ".join(too_complex)


def _functions(blocks: list[Function | Class]) -> list[Function]:
    """Every function: radon lists top-level functions and methods; closures are inside them."""
    found: list[Function] = []
    for block in blocks:
        if isinstance(block, Function):
            found += [block, *_functions(block.closures)]
    return found


def test_the_check_can_fail() -> None:
    """A method of 21 branches is found inside its class and graded D: the test above
    would catch it."""
    branches = "".join(f"        if x == {i}:\n            return {i}\n" for i in range(20))
    source = f"class C:\n    def g(self, x):\n{branches}        return -1\n"
    (block,) = _functions(radon_complexity.cc_visit(source))
    assert block.complexity == 21
    assert radon_complexity.cc_rank(block.complexity) > WORST
