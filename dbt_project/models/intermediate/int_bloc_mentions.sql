with mentions as (
    select * from {{ ref('int_entity_mentions') }}
    where {{ is_new_row('load_seq') }}
),

final as (
    select
        article_id,
        sentence_idx,
        char_start,
        char_end,
        matched_form,
        entity_code as bloc_code,
        load_seq
    from mentions
    where entity_type = 'bloc'
)

select * from final
