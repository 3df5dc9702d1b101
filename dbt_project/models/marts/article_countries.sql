with article_countries as (
    select * from {{ ref('int_article_countries') }}
    where {{ is_new_row('load_seq') }}
),

final as (
    select
        article_id,
        country_code,
        mention_count,
        sentence_count,
        first_char_start,
        in_title,
        mention_forms,
        load_seq
    from article_countries
)

select * from final
