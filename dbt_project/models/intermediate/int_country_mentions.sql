{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key='article_id') }}
with mentions as (
    select * from {{ ref('int_entity_mentions') }}
    where {{ is_new_article('article_id') }}
),

articles as (
    select
        article_id,
        body
    from {{ ref('stg_articles') }}
    where {{ is_new_row('load_seq') }}
),

final as (
    select
        mentions.article_id,
        mentions.sentence_idx,
        mentions.token_idx,
        mentions.n_tokens,
        mentions.char_start,
        mentions.char_end,
        substr(articles.body, mentions.char_start + 1, mentions.char_end - mentions.char_start) as mention_text,
        mentions.matched_form,
        mentions.entity_code as country_code,
        mentions.form_kind,
        mentions.hyphen_after
    from mentions
    inner join articles on mentions.article_id = articles.article_id
    where mentions.entity_type = 'country'
)

select * from final
