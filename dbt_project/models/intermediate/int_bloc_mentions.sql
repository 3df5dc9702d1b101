with mentions as (
    select * from {{ ref('int_entity_mentions') }}
    where {{ is_new_article('article_id') }}
),

final as (
    select
        article_id,
        sentence_idx,
        char_start,
        char_end,
        matched_form,
        entity_code as bloc_code
    from mentions
    where entity_type = 'bloc'
)

select * from final
