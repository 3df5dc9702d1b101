-- Each number mention with its period as dates and, for a flow (export, import), the countries of
-- its origin and destination: the country mentions (int_country_mentions) inside the spans the
-- parser marked (flows/text/numbers/direction.py). A side is kept only when its span names one
-- country of the fact's dyad; when one side is known, the other is the dyad's other country. Both
-- sides naming the same country, or a country outside the dyad, leave the direction unknown (NULL).
with facts as (
    select * from {{ ref('int_numeric_facts') }}
    where {{ is_new_row('load_seq') }}
),

mentions as (
    select
        article_id,
        mention_idx,
        period_start,
        period_end,
        period_label,
        period_granularity,
        origin_start,
        origin_end,
        destination_start,
        destination_end,
        wording_low,
        wording_high,
        counted_lemma
    from {{ ref('stg_number_mentions') }}
    where {{ is_new_row('load_seq') }}
),

countries as (
    select
        article_id,
        char_start,
        char_end,
        country_code
    from {{ ref('int_country_mentions') }}
    where {{ is_new_row('load_seq') }}
),

spans as (
    select
        article_id,
        mention_idx,
        'origin' as side,
        origin_start as span_start,
        origin_end as span_end
    from mentions
    where origin_start is not null
    union all
    select
        article_id,
        mention_idx,
        'destination' as side,
        destination_start as span_start,
        destination_end as span_end
    from mentions
    where destination_start is not null
),

named as (
    -- the country a span names: kept when it names exactly one
    select
        spans.article_id,
        spans.mention_idx,
        spans.side,
        min(countries.country_code) as country_code
    from spans
    inner join countries
        on
            spans.article_id = countries.article_id
            and spans.span_end > countries.char_start
            and spans.span_start < countries.char_end
    group by spans.article_id, spans.mention_idx, spans.side
    having count(distinct countries.country_code) = 1
),

sides as (
    select
        facts.*,
        mentions.period_start,
        mentions.period_end,
        mentions.period_label,
        mentions.period_granularity,
        mentions.wording_low,
        mentions.wording_high,
        mentions.counted_lemma,
        case
            when origins.country_code in (facts.country_a, facts.country_b) then origins.country_code
        end as origin_named,
        case
            when destinations.country_code in (facts.country_a, facts.country_b) then destinations.country_code
        end as destination_named
    from facts
    inner join mentions
        on
            facts.article_id = mentions.article_id
            and facts.mention_idx = mentions.mention_idx
    left join named as origins
        on
            facts.article_id = origins.article_id
            and facts.mention_idx = origins.mention_idx
            and origins.side = 'origin'
    left join named as destinations
        on
            facts.article_id = destinations.article_id
            and facts.mention_idx = destinations.mention_idx
            and destinations.side = 'destination'
),

final as (
    select
        * exclude (origin_named, destination_named),
        case
            when metric not in ('export', 'import') or origin_named = destination_named then null
            when origin_named is not null then origin_named
            when destination_named is not null
                then case when destination_named = country_a then country_b else country_a end
        end as origin_country,
        case
            when metric not in ('export', 'import') or origin_named = destination_named then null
            when destination_named is not null then destination_named
            when origin_named is not null
                then case when origin_named = country_a then country_b else country_a end
        end as destination_country
    from sides
)

select * from final
