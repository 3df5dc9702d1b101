-- The last published run.
select run_id, finished_at from audit.runs order by started_at desc limit 1
