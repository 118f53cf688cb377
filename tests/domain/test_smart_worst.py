"""A KPI's one SMART result: a warning the user ticked counts as met, a failure never does."""

from kpidesk.domain.smart import Assessment, Check, Criterion, Result

WARN, FAIL, PASS = Check(Result.WARNING), Check(Result.FAIL), Check(Result.PASS)


def test_the_worst_result_counts_a_ticked_warning_as_met():
    checks = {Criterion.SPECIFIC: PASS, Criterion.ACHIEVABLE: WARN}
    assert Assessment(checks).worst() is Result.WARNING
    assert Assessment(checks, frozenset({"achievable"})).worst() is Result.PASS
    assert Assessment(checks, frozenset({"achievable"})).smart


def test_a_ticked_failure_is_still_a_failure():
    checks = {Criterion.MEASURABLE: FAIL, Criterion.ACHIEVABLE: WARN}
    ticked = Assessment(checks, frozenset({"measurable", "achievable"}))
    assert ticked.worst() is Result.FAIL
    assert not ticked.smart
