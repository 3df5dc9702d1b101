-- Every fact of the selection with its article, latest first.
select f.fact_id, f.article_id, a.published_date, f.country_a, f.country_b,
       coalesce(f.metric, 'other'), f.value, f.unit, f.comparator, f.quote, f.sentence,
       coalesce(f.is_valid, true), coalesce(f.failed_checks, []),
       a.title, a.publisher, a.source_uri, a.url, f.change
from marts.numeric_facts f join {sel} a using (article_id)
where a.is_canonical
  and ($country::varchar is null or $country in (f.country_a, f.country_b))
order by a.published_date desc nulls last, f.article_id, f.char_start
