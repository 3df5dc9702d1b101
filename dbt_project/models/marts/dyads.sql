-- One row per dyad over all articles. A story republished by several sites (near-duplicates)
-- counts once: articles are counted by their canonical article, facts only from canonical articles.
-- A version superseded by a newer version of the same source is not counted.
-- Incremental: a load recomputes the dyads its new articles touch, over all their articles (and
-- the dyads of the older articles whose canonical or version status they change: is_rebuilt_article).
with touched_dyads as (
    {{ touched_dyads(['dyad_articles', 'numeric_facts']) }}
),

dyad_articles as (
    {{ rows_of_touched_dyads('dyad_articles') }}
),

articles as (
    select
        article_id,
        canonical_article_id,
        is_canonical,
        published_date
    from {{ ref('articles') }}
    where superseded_by_article_id is null
),

facts as (
    select
        numeric_facts.country_a,
        numeric_facts.country_b,
        count(*) as fact_count
    from {{ ref('numeric_facts') }} as numeric_facts
    semi join touched_dyads using (country_a, country_b)
    inner join articles on numeric_facts.article_id = articles.article_id
    where numeric_facts.country_a is not null and articles.is_canonical
    group by numeric_facts.country_a, numeric_facts.country_b
),

per_dyad as (
    select
        dyad_articles.country_a,
        dyad_articles.country_b,
        count(distinct articles.canonical_article_id) as article_count,
        count(distinct dyad_articles.article_id) as article_versions,
        sum(dyad_articles.strength) filter (where articles.is_canonical) as total_strength,
        min(articles.published_date) as first_published,
        max(articles.published_date) as last_published
    from dyad_articles
    inner join articles on dyad_articles.article_id = articles.article_id
    group by dyad_articles.country_a, dyad_articles.country_b
),

final as (
    select
        per_dyad.country_a,
        per_dyad.country_b,
        per_dyad.article_count,
        per_dyad.article_versions,
        coalesce(facts.fact_count, 0) as fact_count,
        per_dyad.total_strength,
        per_dyad.first_published,
        per_dyad.last_published
    from per_dyad
    left join facts
        on
            per_dyad.country_a = facts.country_a
            and per_dyad.country_b = facts.country_b
)

select * from final
