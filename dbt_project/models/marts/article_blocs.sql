with mentions as (
    select * from {{ ref('int_bloc_mentions') }}
    where {{ is_new_row('load_seq') }}
),

final as (
    select
        article_id,
        bloc_code,
        count(*) as mention_count,
        min(char_start) filter (where sentence_idx >= 0) as first_char_start,
        bool_or(sentence_idx = -1) as in_title,
        any_value(load_seq) as load_seq  -- one per article
    from mentions
    group by article_id, bloc_code
)

select * from final
