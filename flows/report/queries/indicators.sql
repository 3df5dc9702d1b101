-- The indicators of marts.dyad_indicators for the filters ($country: pairs with it; $since: periods
-- ending on or after it), with whether a fact behind the row failed validation, latest first.
with failed as (
    select i.indicator_id, bool_or(not coalesce(f.is_valid, true)) as has_failed_fact
    from marts.dyad_indicators i, unnest(i.facts) as u(fact)
    left join marts.numeric_facts f on f.fact_id = u.fact.fact_id
    group by i.indicator_id
)
select i.indicator_id, i.country_a, i.country_b, i.origin_country, i.destination_country, i.metric,
       i.unit, i.kind, i.period_start, i.period_end, i.period_label, i.period_granularity, i.status,
       i.reconciled_value, i.value_min, i.value_max, i.source_count, i.fact_count,
       coalesce(i.publishers, []), coalesce(failed.has_failed_fact, false)
from marts.dyad_indicators i
left join failed using (indicator_id)
where ($country::varchar is null or $country in (i.country_a, i.country_b))
  and ($since::date is null or i.period_end >= $since::date)
order by i.period_end desc, i.country_a, i.country_b, i.metric, i.kind
