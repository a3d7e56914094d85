# shellcheck shell=bash
# The one-line summary of a Swift Testing log: `tests: N passed, M failed, K skipped`.
# A test that fails ends with `✘ Test NAME failed after …`; the run's own last line,
# `✘ Test run with N tests … failed after …`, is not a test and is not counted as one.
test_summary() {
    local log=$1 total failed skipped
    total=$(grep -oE "Test run with [0-9]+ tests?" "$log" | grep -oE "[0-9]+" | tail -1 || true)
    failed=$(grep -E "^✘ Test .* failed after" "$log" |
        grep -cvE "^✘ Test run with [0-9]+ tests? " || true)
    skipped=$(grep -cE "^➜ Test .* skipped" "$log" || true)
    echo "tests: $((${total:-0} - failed - skipped)) passed, $failed failed, $skipped skipped"
}
