{# The pair of a number's own clause, as CTEs (each named number_*), from the number mentions
   `facts` (stg_number_mentions rows: partner_start/partner_end, the words naming the partner the
   parser found, flows/text/numbers/indicators.py partner_span), the distinct countries of each
   sentence `mentions` (article_id, sentence_idx, country_code) and the country mentions with
   offsets `country_spans` of the rows this build adds; the bloc mentions with offsets are read
   from int_bloc_mentions (number_bloc_spans):
     number_partners      the one country a fact's partner span names ("с Ираном", "в Иран" for an
                          export, "Италия — 11,2 млн тонн" in a list)
     number_partner_groups the facts whose partner span names two or more countries ("с Россией,
                          Казахстаном и Арменией"), a bloc ("со странами ЕАЭС") or neither ("в
                          Европу"): a partner Dyad cannot tell, no pair's
     number_subjects      the other side of a sentence whose facts name partners: its one country
                          that is no partner ("Товарооборот Беларуси с ..."); in a row of a list or
                          table naming its partner only, its caption's one other country ("Экспорт
                          Белоруссии, млн долларов:" over "Польша — 1 320"); in another sentence
                          naming partners only, the article's first country, when it is none of them
     number_clause_pairs  (article_id, mention_idx, sentence_idx, country_a, country_b): the subject
                          and the partner of each fact that has both
   int_numeric_facts ties facts to these pairs first; int_dyad_evidence counts a flow's as evidence
   of its pair. #}
{% macro number_clause_pairs(facts, mentions, country_spans) -%}
number_bloc_spans as (
    select
        article_id,
        sentence_idx,
        char_start,
        char_end
    from {{ ref('int_bloc_mentions') }}
    where {{ is_new_row('load_seq') }}
),

number_partner_spans as (
    select
        article_id,
        mention_idx,
        sentence_idx,
        partner_start,
        partner_end
    from {{ facts }}
    where partner_start is not null
),

number_partners as (
    -- the country the fact's clause names as its partner, kept when the span names exactly one
    {%- set keys = ['article_id', 'mention_idx', 'sentence_idx'] %}
    {{ country_named_by_span(
        'number_partner_spans', keys, 'partner_start', 'partner_end', country_spans, same_sentence=true
    ) }}
),

number_partner_groups as (
    select
        number_partner_spans.article_id,
        number_partner_spans.mention_idx
    from number_partner_spans
    inner join {{ country_spans }} as spans
        on
            number_partner_spans.article_id = spans.article_id
            and number_partner_spans.sentence_idx = spans.sentence_idx
            and number_partner_spans.partner_end > spans.char_start
            and number_partner_spans.partner_start < spans.char_end
    group by number_partner_spans.article_id, number_partner_spans.mention_idx
    having count(distinct spans.country_code) >= 2
    union
    select
        number_partner_spans.article_id,
        number_partner_spans.mention_idx
    from number_partner_spans
    inner join number_bloc_spans as blocs
        on
            number_partner_spans.article_id = blocs.article_id
            and number_partner_spans.sentence_idx = blocs.sentence_idx
            and number_partner_spans.partner_end > blocs.char_start
            and number_partner_spans.partner_start < blocs.char_end
    union
    select
        number_partner_spans.article_id,
        number_partner_spans.mention_idx
    from number_partner_spans
    anti join {{ country_spans }} as spans
        on
            number_partner_spans.article_id = spans.article_id
            and number_partner_spans.sentence_idx = spans.sentence_idx
            and number_partner_spans.partner_end > spans.char_start
            and number_partner_spans.partner_start < spans.char_end
    anti join number_bloc_spans as blocs
        on
            number_partner_spans.article_id = blocs.article_id
            and number_partner_spans.sentence_idx = blocs.sentence_idx
            and number_partner_spans.partner_end > blocs.char_start
            and number_partner_spans.partner_start < blocs.char_end
),

number_clause_subjects as (
    -- a sentence whose facts name partners: its one country that is no partner; none when it
    -- names two or none such
    select
        m.article_id,
        m.sentence_idx,
        min(m.country_code) as subject
    from {{ mentions }} as m
    where
        exists (
            select 1 from number_partners as p
            where p.article_id = m.article_id and p.sentence_idx = m.sentence_idx
        )
        and not exists (
            select 1 from number_partners as p
            where
                p.article_id = m.article_id
                and p.sentence_idx = m.sentence_idx
                and p.country_code = m.country_code
        )
    group by m.article_id, m.sentence_idx
    having count(distinct m.country_code) = 1
),

number_first_countries as (
    -- the first country each article's body names ("... партнерами Кыргызстана стали Китай,
    -- Россия и Казахстан. Товарооборот с Китаем составил 22,7 млрд": KG-CN)
    select
        article_id,
        arg_min(country_code, char_start) as country_code
    from {{ country_spans }}
    where sentence_idx >= 0
    group by article_id
),

number_non_partner_mentions as (
    -- the countries a sentence with partners names that are none of its partners
    select
        m.article_id,
        m.sentence_idx
    from {{ mentions }} as m
    semi join number_partners as sentences_with_partners
        on
            m.article_id = sentences_with_partners.article_id
            and m.sentence_idx = sentences_with_partners.sentence_idx
    anti join number_partners as p
        on
            m.article_id = p.article_id
            and m.sentence_idx = p.sentence_idx
            and m.country_code = p.country_code
),

number_referring_sentences as (
    -- a sentence opening with a possessive pronoun ("Ее импорт из России вырос", "Їхній експорт",
    -- "Its imports from Russia"): its subject is someone named before, not the article's first
    -- country
    select
        article_id,
        sentence_idx
    from {{ ref('stg_tokens') }}
    where
        {{ is_new_row('load_seq') }}
        and is_sentence_start
        and token_norm in (
            'его', 'ее', 'их', 'її', 'їх', 'його', 'їхній', 'їхня', 'їхнє', 'їхні', 'яго', 'яе', 'іх',
            'jego', 'jej', 'ich', 'its', 'their'
        )
),

number_partner_only_subjects as (
    -- a sentence whose facts name partners and which names no other country: the article's first
    -- country is its subject, when it is none of its partners, unless a possessive pronoun opening
    -- the sentence refers to another
    select distinct
        number_partners.article_id,
        number_partners.sentence_idx,
        number_first_countries.country_code as subject
    from number_partners
    inner join number_first_countries on number_partners.article_id = number_first_countries.article_id
    anti join number_non_partner_mentions
        on
            number_partners.article_id = number_non_partner_mentions.article_id
            and number_partners.sentence_idx = number_non_partner_mentions.sentence_idx
    anti join number_referring_sentences
        on
            number_partners.article_id = number_referring_sentences.article_id
            and number_partners.sentence_idx = number_referring_sentences.sentence_idx
    anti join number_partners as p
        on
            number_partners.article_id = p.article_id
            and number_partners.sentence_idx = p.sentence_idx
            and number_first_countries.country_code = p.country_code
),

number_list_captions as (
    -- a line ending in a colon or a bracket ("Экспорт Белоруссии в январе–октябре, млн долларов:",
    -- "Крупнейшие партнеры Казахстана (в млн долларов США)"): the caption of the list or table whose
    -- rows follow it
    select
        article_id,
        sentence_idx
    from {{ ref('stg_sentences') }}
    where
        {{ is_new_row('load_seq') }}
        and sentence_idx >= 0
        and regexp_matches(sentence_text, '[:)]\s*$')
        -- not a row itself ("Казахстан — 19,8 (+4%)")
        and not regexp_matches(sentence_text, '^[^\d]{1,60}?[—–:\t-]\s*[+\-−–]?\d[\d \xa0]*([.,]\d+)?\s*(\([^()]*\))?\s*[;.]?\s*$')
),

number_nearest_captions as (
    -- a sentence whose facts name partners, with the nearest caption before it
    select
        rows.article_id,
        rows.sentence_idx,
        max(captions.sentence_idx) as caption_idx
    from (select distinct article_id, sentence_idx from number_partners) as rows
    inner join number_list_captions as captions
        on
            rows.article_id = captions.article_id
            and captions.sentence_idx < rows.sentence_idx
    group by rows.article_id, rows.sentence_idx
),

number_row_captions as (
    -- those whose sentences between the caption and them each hold a figure too: rows of the
    -- same list ("Итого — 23 180" among them)
    select number_nearest_captions.*
    from number_nearest_captions
    left join {{ facts }} as between_rows
        on
            number_nearest_captions.article_id = between_rows.article_id
            and between_rows.sentence_idx > number_nearest_captions.caption_idx
            and between_rows.sentence_idx < number_nearest_captions.sentence_idx
    group by all
    having
        count(distinct between_rows.sentence_idx)
        = number_nearest_captions.sentence_idx - number_nearest_captions.caption_idx - 1
),

number_list_subjects as (
    -- a row of a list or table that names its partner only ("Польша — 1 320"): the one country of
    -- its caption that is not the row's partner ("Экспорт Белоруссии ..., млн долларов:")
    select
        number_row_captions.article_id,
        number_row_captions.sentence_idx,
        min(caption_countries.country_code) as subject
    from number_row_captions
    inner join {{ mentions }} as caption_countries
        on
            number_row_captions.article_id = caption_countries.article_id
            and number_row_captions.caption_idx = caption_countries.sentence_idx
    anti join number_non_partner_mentions
        on
            number_row_captions.article_id = number_non_partner_mentions.article_id
            and number_row_captions.sentence_idx = number_non_partner_mentions.sentence_idx
    anti join number_partners as p
        on
            number_row_captions.article_id = p.article_id
            and number_row_captions.sentence_idx = p.sentence_idx
            and caption_countries.country_code = p.country_code
    group by number_row_captions.article_id, number_row_captions.sentence_idx
    having count(distinct caption_countries.country_code) = 1
),

number_subjects as (
    select * from number_clause_subjects
    union all
    select * from number_list_subjects
    union all
    select * from number_partner_only_subjects
    anti join number_list_subjects
        on
            number_partner_only_subjects.article_id = number_list_subjects.article_id
            and number_partner_only_subjects.sentence_idx = number_list_subjects.sentence_idx
),

number_clause_pairs as (
    select
        number_partners.article_id,
        number_partners.mention_idx,
        number_partners.sentence_idx,
        least(number_subjects.subject, number_partners.country_code) as country_a,
        greatest(number_subjects.subject, number_partners.country_code) as country_b
    from number_partners
    inner join number_subjects
        on
            number_partners.article_id = number_subjects.article_id
            and number_partners.sentence_idx = number_subjects.sentence_idx
)
{%- endmacro %}
