-- One row per dyad over all articles. A story republished by several sites (near-duplicates)
-- counts once: articles are counted by their canonical article, facts only from canonical articles.
-- A version superseded by a newer version of the same source is not counted.
-- Incremental: a load that only adds articles adds their counts to the stored row of each dyad
-- they touch (exact: a new article is a new id, its canonical article is new or an older one
-- looked up among the dyad's articles of the same canonical, strengths are whole numbers, dates
-- take their min and max). The dyads of older articles whose canonical or version status the load
-- changes (macro recomputed_dyads) are recomputed over all their articles.
with recomputed_dyads as (
    {{ recomputed_dyads(['dyad_articles', 'numeric_facts']) }}
),

dyad_articles as (
    {{ rows_of_touched_dyads('dyad_articles', 'recomputed_dyads') }}
),

articles as (
    select
        article_id,
        canonical_article_id,
        is_canonical,
        published_date,
        load_seq
    from {{ ref('articles') }}
    where superseded_by_article_id is null
),

facts as (
    select
        numeric_facts.country_a,
        numeric_facts.country_b,
        count(*) as fact_count
    from {{ ref('numeric_facts') }} as numeric_facts
    semi join recomputed_dyads using (country_a, country_b)
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

recomputed as (
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

{%- if is_incremental() %}
    ,

    -- the dyads the new articles touch, but for those recomputed
    added_dyads as (
        select
            country_a,
            country_b
        from ({{ touched_dyads(['dyad_articles', 'numeric_facts']) }}) as touched
        except
        select
            country_a,
            country_b
        from recomputed_dyads
    ),

    new_articles as (
        select
            article_id,
            canonical_article_id,
            is_canonical,
            published_date
        from articles
        where {{ is_new_article('article_id', 'load_seq') }}
    ),

    new_dyad_articles as (
        select
            dyad_articles.country_a,
            dyad_articles.country_b,
            dyad_articles.article_id,
            dyad_articles.strength,
            new_articles.canonical_article_id,
            new_articles.is_canonical,
            new_articles.published_date
        from {{ ref('dyad_articles') }} as dyad_articles
        inner join new_articles on dyad_articles.article_id = new_articles.article_id
        semi join added_dyads using (country_a, country_b)
    ),

    -- the stories (canonical articles) of the new articles that an older article of the dyad counted
    counted_before as (
        select distinct
            dyad_articles.country_a,
            dyad_articles.country_b,
            articles.canonical_article_id
        from (
            select
                articles.article_id,
                articles.canonical_article_id
            from articles
            where
                articles.canonical_article_id in (
                    select new_dyad_articles.canonical_article_id from new_dyad_articles
                )
                and not {{ is_new_article('article_id', 'articles.load_seq') }}
        ) as articles
        inner join {{ ref('dyad_articles') }} as dyad_articles on articles.article_id = dyad_articles.article_id
        semi join added_dyads
            on
                dyad_articles.country_a = added_dyads.country_a
                and dyad_articles.country_b = added_dyads.country_b
    ),

    new_stories as (
        select
            country_a,
            country_b,
            count(distinct canonical_article_id) as article_count
        from new_dyad_articles
        anti join counted_before using (country_a, country_b, canonical_article_id)
        group by country_a, country_b
    ),

    new_per_dyad as (
        select
            country_a,
            country_b,
            count(distinct article_id) as article_versions,
            sum(strength) filter (where is_canonical) as total_strength,
            min(published_date) as first_published,
            max(published_date) as last_published
        from new_dyad_articles
        group by country_a, country_b
    ),

    new_facts as (
        select
            numeric_facts.country_a,
            numeric_facts.country_b,
            count(*) as fact_count
        from {{ ref('numeric_facts') }} as numeric_facts
        inner join new_articles on numeric_facts.article_id = new_articles.article_id
        semi join added_dyads using (country_a, country_b)
        where numeric_facts.country_a is not null and new_articles.is_canonical
        group by numeric_facts.country_a, numeric_facts.country_b
    ),

    stored as (
        select previous.*
        from {{ this }} as previous
        semi join added_dyads using (country_a, country_b)
    ),

    added as (
        select
            added_dyads.country_a,
            added_dyads.country_b,
            coalesce(stored.article_count, 0) + coalesce(new_stories.article_count, 0) as article_count,
            coalesce(stored.article_versions, 0) + coalesce(new_per_dyad.article_versions, 0) as article_versions,
            coalesce(stored.fact_count, 0) + coalesce(new_facts.fact_count, 0) as fact_count,
            case
                when stored.total_strength is not null or new_per_dyad.total_strength is not null
                    then coalesce(stored.total_strength, 0) + coalesce(new_per_dyad.total_strength, 0)
            end as total_strength,
            least(stored.first_published, new_per_dyad.first_published) as first_published,
            greatest(stored.last_published, new_per_dyad.last_published) as last_published
        from added_dyads
        left join stored using (country_a, country_b)
        left join new_per_dyad using (country_a, country_b)
        left join new_stories using (country_a, country_b)
        left join new_facts using (country_a, country_b)
        where stored.country_a is not null or new_per_dyad.country_a is not null
    ),

    final as (
        select * from recomputed
        union all
        select * from added
    )

{%- else %}
    ,

    final as (
        select * from recomputed
    )

{%- endif %}

select * from final
