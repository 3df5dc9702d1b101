-- Articles per pair per month of publication (canonical, dated articles only).
select d.country_a, d.country_b, date_trunc('month', a.published_date)::date as month_start,
       count(distinct d.article_id) as article_count
from marts.dyad_articles d join {sel} a using (article_id)
where a.is_canonical and a.published_date is not null
  and ($country::varchar is null or $country in (d.country_a, d.country_b))
group by all
order by month_start, d.country_a, d.country_b
