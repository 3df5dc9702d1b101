-- Every indicator: its value inside the band of reported values, its status matching its value
-- (agreed and rounded: a value, unless every fact is a range, whose band is wider than a point;
-- conflicting and flagged: none), a direction only for flows and with two countries of its dyad,
-- no more sources than facts, a source unless every fact is flagged (then no fact, band or
-- source), its facts and flagged facts listed, and the period's end not before its start.
select
    indicator_id,
    status,
    reconciled_value,
    value_min,
    value_max
from {{ ref('dyad_indicators') }}
where
    (reconciled_value is not null and (reconciled_value < value_min or reconciled_value > value_max))
    or (status in ('agreed', 'rounded') and reconciled_value is null and value_min = value_max)
    or (status = 'conflicting' and reconciled_value is not null)
    or ((status = 'flagged') != (fact_count = 0))
    or (status = 'flagged' and (reconciled_value is not null or value_min is not null or source_count != 0))
    or (origin_country is not null and metric not in ('export', 'import'))
    or (origin_country is not null and (destination_country is null or origin_country = destination_country))
    or (origin_country is not null and origin_country not in (country_a, country_b))
    or (destination_country is not null and destination_country not in (country_a, country_b))
    or source_count > fact_count
    or (source_count < 1 and status != 'flagged')
    or period_end < period_start
    or len(facts) != fact_count
    or len(flagged_facts) != flagged_fact_count
