-- One row per dyad and month of publication: how cooperative or conflictual the dyad's sentences
-- were. Canonical articles only, as in dyad_timeline: a story republished by several sites counts once.
-- Incremental: a load recomputes the dyads its new articles touch, over all their articles (and
-- the dyads of the older articles whose canonical or version status they change: is_rebuilt_article).
with touched_dyads as (
    {{ touched_dyads(['dyad_tone']) }}
),

tone as (
    {{ rows_of_touched_dyads('dyad_tone') }}
),

articles as (
    {{ dated_canonical_articles() }}
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
