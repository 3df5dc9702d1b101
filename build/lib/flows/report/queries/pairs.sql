-- One row per country pair of the selection: articles (canonical stories), facts, dates, and the
-- tone marts.dyad_tone gives each of the pair's articles (counted, not recomputed here).
with pairs as (
    select d.country_a, d.country_b,
           count(distinct a.canonical_article_id) as article_count,
           min(a.published_date) as first_published,
           max(a.published_date) as last_published
    from marts.dyad_articles d join {sel} a using (article_id)
    where $country::varchar is null or $country in (d.country_a, d.country_b)
    group by all
),
facts as (
    select f.country_a, f.country_b, count(*) as fact_count
    from marts.numeric_facts f join {sel} a using (article_id)
    where a.is_canonical and f.country_a is not null
    group by all
),
tone as (
    select t.country_a, t.country_b,
           sum(t.verbal_cooperation_count + t.material_cooperation_count) as cooperation_count,
           sum(t.verbal_conflict_count + t.material_conflict_count) as conflict_count,
           avg(t.goldstein_like) as goldstein_like,
           count(*) filter (where t.tone = 'cooperative') as cooperative_articles,
           count(*) filter (where t.tone = 'mixed') as mixed_articles,
           count(*) filter (where t.tone = 'conflictual') as conflictual_articles
    from marts.dyad_tone t join {sel} a using (article_id)
    where a.is_canonical
    group by all
)
select p.country_a, p.country_b, p.article_count, coalesce(f.fact_count, 0),
       p.first_published, p.last_published,
       coalesce(t.cooperation_count, 0), coalesce(t.conflict_count, 0), t.goldstein_like,
       coalesce(t.cooperative_articles, 0), coalesce(t.mixed_articles, 0),
       coalesce(t.conflictual_articles, 0)
from pairs p
left join facts f using (country_a, country_b)
left join tone t using (country_a, country_b)
order by p.article_count desc, p.country_a, p.country_b
