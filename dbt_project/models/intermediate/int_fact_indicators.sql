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
        counted_lemma,
        scope
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
    where {{ is_new_row('load_seq') }} and sentence_idx >= 0  -- flow spans are the body's
),

spans as (
    {{ flow_spans('mentions') }}
),

named as (
    -- the country a span names: kept when it names exactly one
    {{ country_named_by_span('spans', ['article_id', 'mention_idx', 'side'], 'span_start', 'span_end', 'countries') }}
),

named_ends as (
    -- one row per mention: the country each end's span names
    select
        named.article_id,
        named.mention_idx,
        {{ named_flow_ends('named') }}
    from named
    group by named.article_id, named.mention_idx
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
        mentions.scope,
        {{ named_flow_ends_in_dyad('named_ends', 'facts') }}
    from facts
    inner join mentions
        on
            facts.article_id = mentions.article_id
            and facts.mention_idx = mentions.mention_idx
    left join named_ends
        on
            facts.article_id = named_ends.article_id
            and facts.mention_idx = named_ends.mention_idx
),

final as (
    select
        * exclude ({{ named_flow_end_columns() }}),
        {{ flow_ends() }}
    from sides
)

select * from final
