-- The indicators of marts.dyad_indicators for the filters ($country: pairs with it; $since: periods
-- ending on or after it), with whether a fact of the row failed validation (and was left out of
-- it), latest first.
select i.indicator_id, i.country_a, i.country_b, i.origin_country, i.destination_country, i.metric,
       i.unit, i.kind, i.period_start, i.period_end, i.period_label, i.period_granularity, i.status,
       i.reconciled_value, i.value_min, i.value_max, i.source_count, i.fact_count,
       coalesce(i.publishers, []), i.flagged_fact_count > 0
from marts.dyad_indicators i
where ($country::varchar is null or $country in (i.country_a, i.country_b))
  and ($since::date is null or i.period_end >= $since::date)
order by i.period_end desc, i.country_a, i.country_b, i.metric, i.kind
