-- article-local: a full build runs in slices of the articles (macros/incremental.sql)
{{ config(meta={'full_build_slices': true}) }}
with mentions as (
    select * from {{ ref('int_country_mentions') }}
    where {{ is_new_row('load_seq') }}
),

final as (
    select
        article_id,
        country_code,
        count(*) as mention_count,
        -- offsets of the title (sentence -1) are the title's: the first is the body's first
        min(char_start) filter (where sentence_idx >= 0) as first_char_start,
        bool_or(sentence_idx = -1) as in_title,
        count(distinct sentence_idx) as sentence_count,
        list_sort(list_distinct(list(mention_text))) as mention_forms,
        min(load_seq) as load_seq
    from mentions
    group by article_id, country_code
)

select * from final
