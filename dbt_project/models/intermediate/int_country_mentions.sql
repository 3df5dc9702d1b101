{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key='article_id') }}
-- Country mentions of the gazetteer, minus those inside a person's name: a name that looks like a
-- country form ("Марсель Андерс" is no mention of Marseille, so none of France).
with mentions as (
    select * from {{ ref('int_entity_mentions') }}
    where {{ is_new_article('article_id') }}
),

person_mentions as (
    select
        article_id,
        char_start,
        char_end
    from {{ ref('stg_person_mentions') }}
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
        mentions.mention_text,
        mentions.matched_form,
        mentions.entity_code as country_code,
        mentions.form_kind,
        mentions.hyphen_after
    from mentions
    where
        mentions.entity_type = 'country'
        and not exists (
            select 1
            from person_mentions
            where
                person_mentions.article_id = mentions.article_id
                and person_mentions.char_start <= mentions.char_start
                and person_mentions.char_end >= mentions.char_end
        )
)

select * from final
