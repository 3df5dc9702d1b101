with source as (
    select * from {{ source('raw', 'number_mentions') }}
),

final as (
    select
        article_id,
        mention_idx,
        sentence_idx,
        char_start,
        char_end,
        quote,
        number_text,
        value,
        -- a range whose ends are equal ("от 143 до 143 млн") is one value, as the parser now reads it
        -- (rows loaded before kept both ends)
        nullif(value_high, value) as value_high,
        unit,
        comparator,
        metric,
        counted,
        change,
        period,
        modality,
        coalesce(source_field, 'body') as source_field,  -- rows loaded before titles were read: body
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
        coalesce(scope, 'national') as scope,  -- rows loaded before scopes were read: national
        partner_start,
        partner_end,
        coalesce(bilateral, true) as bilateral,  -- rows loaded before it was read: as before
        load_seq
    from source
)

select * from final
