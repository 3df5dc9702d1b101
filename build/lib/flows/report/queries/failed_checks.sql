-- The checks that failed in run $run_id.
select suite_name, expectation, level, unexpected_count from audit.validation_results
where run_id = $run_id and not success
order by level, suite_name, expectation
