{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key=['country_a', 'country_b'],
    pre_hook="{{ delete_rebuilt_pairs(['dyad_tone']) }}",
) }}

-- Incremental: a load recomputes the pairs its new articles touch, over all their articles (and
-- the pairs of the older articles whose canonical or version status they change: is_rebuilt_article).
-- Country pair by month: how cooperative or conflictual the pair's sentences were. Canonical
-- articles only, as in relation_timeline: a story republished by several sites counts once.
with touched_pairs as (
    select
        country_a,
        country_b
    from {{ ref('dyad_tone') }}
    where {{ is_rebuilt_article('article_id') }}
),

tone as (
    select dyad_tone.*
    from {{ ref('dyad_tone') }} as dyad_tone
    semi join touched_pairs using (country_a, country_b)
),

articles as (
    select
        article_id,
        published_date
    from {{ ref('articles') }}
    where published_date is not null and is_canonical
),

monthly as (
    select
        tone.country_a,
        tone.country_b,
        date_trunc('month', articles.published_date)::date as month_start,
        count(*) as article_count,
        count(*) filter (where tone.tone = 'cooperative') as cooperative_article_count,
        count(*) filter (where tone.tone = 'conflictual') as conflictual_article_count,
        count(*) filter (where tone.tone = 'mixed') as mixed_article_count,
        count(*) filter (where tone.tone = 'neutral') as neutral_article_count,
        sum(tone.sentence_count)::bigint as sentence_count,
        sum(tone.cooperative_sentence_count)::bigint as cooperative_sentence_count,
        sum(tone.conflictual_sentence_count)::bigint as conflictual_sentence_count,
        avg(tone.goldstein_like) filter (where tone.tone != 'neutral') as avg_goldstein_like
    from tone
    inner join articles on tone.article_id = articles.article_id
    group by all
),

final as (
    select
        country_a,
        country_b,
        month_start,
        article_count,
        cooperative_article_count,
        conflictual_article_count,
        mixed_article_count,
        neutral_article_count,
        sentence_count,
        cooperative_sentence_count,
        conflictual_sentence_count,
        round(avg_goldstein_like, 2) as avg_goldstein_like
    from monthly
)

select * from final
