with mentions as (
    select * from {{ ref('int_country_mentions') }}
    where {{ is_new_row('load_seq') }}
),

final as (
    select
        article_id,
        country_code,
        count(*) as mention_count,
        min(char_start) as first_char_start,
        count(distinct sentence_idx) as sentence_count,
        list(distinct mention_text order by mention_text) as mention_forms,
        min(load_seq) as load_seq
    from mentions
    group by article_id, country_code
)

select * from final
