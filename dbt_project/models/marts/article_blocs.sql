with mentions as (
    select * from {{ ref('int_bloc_mentions') }}
    where {{ is_new_row('load_seq') }}
),

final as (
    select
        article_id,
        bloc_code,
        count(*) as mention_count,
        min(char_start) as first_char_start
    from mentions
    group by article_id, bloc_code
)

select * from final
