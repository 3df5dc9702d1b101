-- Each number mention tied to the country pair it is about: the pair of its own clause (the partner
-- the clause names, "с Ираном", "в Иран" for an export, with the sentence's one other country:
-- "Товарооборот Беларуси с Ираном составил 150 млн, с Египтом — 320 млн" gives BY-IR and BY-EG,
-- pairs of the article or not; a partner span that names several countries or a bloc, "с Россией,
-- Казахстаном и Арменией", "со странами ЕАЭС", or neither, "экспортировал в Европу", gives no pair
-- at all; a sentence naming its
-- partners only takes the article's first country for the other side: "... партнерами
-- Кыргызстана стали Китай, Россия и Казахстан. Товарооборот с Китаем составил 22,7 млрд" is KG-CN), else
-- the article's pair with the most countries of its sentence (both before one), the stronger of
-- those, then the one the sentence itself relates most surely (its best evidence there,
-- int_dyad_evidence); a sentence that names no country (nor a bloc: "поддержка от ЕС превысила
-- 180 млрд евро" is the EU's) takes the article's strongest pair. A fact whose sentence
-- names countries takes no pair without one of them ("Kazakhstan shipped 4.5 million tonnes" in an
-- article about Azerbaijan and Georgia: NULL, not AZ-GE): one country shared suffices, as a
-- sentence about one side of a pair ("Экспорт Беларуси вырос до 2 млрд") is usually about the
-- article's pair with it. A figure that measures no relation (bilateral false, read by
-- flows/text/numbers/indicators.py: "ВВП России вырос на 4%", "Инфляция в Китае", a country's
-- foreign investment in all) takes a pair only from a sentence that names both its countries.
-- Two candidates equal in all three are a tie Dyad cannot break: no pair (NULL), never the
-- alphabetically first; so is a tie for the article's
-- strongest pair. A fact with no pair stays a fact. Only the pairs with a country of the fact's
-- sentence and the article's strongest pairs are candidates, so a long article's cost grows with
-- its facts, not with its facts times its pairs.
-- A fact of the title (source_field = 'title') has its offsets in the title; its sentence is the
-- title (sentence -1, whose countries int_country_mentions reads as a body sentence's): the
-- article's pair the title names wins over the article's strongest.
with facts as (
    select * from {{ ref('stg_number_mentions') }}
    where {{ is_new_row('load_seq') }}
),

sentences as (
    select * from {{ ref('stg_sentences') }}
    where {{ is_new_row('load_seq') }}
),

articles as (
    select
        article_id,
        body_start,
        title,
        published_date
    from {{ ref('stg_articles') }}
    where {{ is_new_row('load_seq') }}
),

mentions as (
    select distinct
        article_id,
        sentence_idx,
        country_code
    from {{ ref('int_country_mentions') }}
    where {{ is_new_row('load_seq') }}
),

units as (
    select * from {{ ref('stg_units') }}
),

sentence_evidence as (
    -- how surely each sentence relates each pair it names (its best evidence there)
    select
        article_id,
        sentence_idx,
        country_a,
        country_b,
        max(score) as score
    from {{ ref('int_dyad_evidence') }}
    where {{ is_new_row('load_seq') }}
    group by article_id, sentence_idx, country_a, country_b
),

dyads as (
    select * from {{ ref('dyad_articles') }}
    where {{ is_new_article('article_id') }}
),

bloc_sentences as (
    -- the sentences that name a bloc or an international body ("поддержка от ЕС", "экспорт в
    -- страны ЕАЭС"): a figure of one that names no country is the bloc's, no pair of the article's
    select distinct
        article_id,
        sentence_idx
    from {{ ref('int_bloc_mentions') }}
    where {{ is_new_row('load_seq') }}
),

fact_countries as (
    -- the countries named in each fact's sentence (a fact of the title: the title, sentence -1)
    select
        facts.article_id,
        facts.mention_idx,
        mentions.country_code
    from facts
    inner join mentions
        on
            facts.article_id = mentions.article_id
            and facts.sentence_idx = mentions.sentence_idx
),

dyad_members as (
    -- each dyad of the article once per country of it
    select
        article_id,
        country_a,
        country_b,
        strength,
        coalesce(evidence_kind = 'flow', false) as flow_only,
        unnest([country_a, country_b]) as country_code
    from dyads
),

sentence_pairs as (
    -- the pairs with a country of the fact's sentence: one row per country of the pair named there
    select
        fact_countries.article_id,
        fact_countries.mention_idx,
        dyad_members.country_a,
        dyad_members.country_b,
        dyad_members.strength,
        dyad_members.flow_only
    from fact_countries
    inner join dyad_members
        on
            fact_countries.article_id = dyad_members.article_id
            and fact_countries.country_code = dyad_members.country_code
),

country_spans as (
    -- the country mentions with their offsets: the body's, and the title's (sentence -1, offsets
    -- into the title, as a title fact's partner span has)
    select
        article_id,
        sentence_idx,
        char_start,
        char_end,
        country_code
    from {{ ref('int_country_mentions') }}
    where {{ is_new_row('load_seq') }}
),

{{ number_clause_pairs('facts', 'mentions', 'country_spans') }},

clause_pairs as (
    -- the pair of the fact's own clause (macros/number_partners.sql), before any pair of the
    -- sentence (sentence_overlap 3)
    select
        article_id,
        mention_idx,
        country_a,
        country_b,
        0.0 as strength,
        3 as sentence_overlap
    from number_clause_pairs
),

strongest_pair as (
    -- the article's strongest pair, for a fact whose sentence names no country; none when two or
    -- more pairs are equally strong
    select
        article_id,
        country_a,
        country_b,
        strength
    from dyads
    where evidence_kind is distinct from 'flow'  -- a pair of a list of partners' figures is no article's strongest
    qualify
        count(*) over (partition by article_id, strength) = 1
        and rank() over (partition by article_id order by strength desc) = 1
),

candidates as (
    select
        article_id,
        mention_idx,
        country_a,
        country_b,
        any_value(strength) as strength,
        count(*) as sentence_overlap
    from sentence_pairs
    -- a pair known only from figures of a list of partners (dyad_articles.evidence_kind 'flow':
    -- "Россия — 2,7 млрд долларов; ОАЭ — 1,9 млрд") is the pair of the figures whose clause names
    -- its partner (clause_pairs below), not of any figure of a sentence naming one of its
    -- countries ("Экспорт Армении сократился на 12%": the total, no pair's)
    where not flow_only
    group by article_id, mention_idx, country_a, country_b
    union all
    select
        facts.article_id,
        facts.mention_idx,
        strongest_pair.country_a,
        strongest_pair.country_b,
        strongest_pair.strength,
        0 as sentence_overlap
    from facts
    inner join strongest_pair on facts.article_id = strongest_pair.article_id
    -- a sentence that names a country takes a pair with one of them, or none
    anti join fact_countries
        on
            facts.article_id = fact_countries.article_id
            and facts.mention_idx = fact_countries.mention_idx
    -- a sentence that names a bloc and no country: the bloc's figure
    anti join bloc_sentences
        on
            facts.article_id = bloc_sentences.article_id
            and facts.sentence_idx = bloc_sentences.sentence_idx
    union all
    select
        article_id,
        mention_idx,
        country_a,
        country_b,
        strength,
        sentence_overlap
    from clause_pairs
),

ranked_candidates as (
    -- the best candidates of each fact: most countries of the sentence, then the strongest, then
    -- the one the sentence itself relates most surely ("Товарообіг між Україною та Японією склав 2
    -- млрд доларів США": UA-JP, between, over UA-US, a list); two or more left are a tie
    select
        candidates.*,
        coalesce(sentence_evidence.score, 0) as sentence_score
    from candidates
    inner join facts
        on
            candidates.article_id = facts.article_id
            and candidates.mention_idx = facts.mention_idx
            -- one side's own figure (ВВП России, inflation in China, its foreign trade in all) is a
            -- pair's only where its sentence names both countries of the pair
            and (facts.bilateral is not false or candidates.sentence_overlap >= 2)
    -- a figure of several partners or of a bloc is no pair's
    anti join number_partner_groups
        on
            candidates.article_id = number_partner_groups.article_id
            and candidates.mention_idx = number_partner_groups.mention_idx
    left join sentence_evidence
        on
            facts.article_id = sentence_evidence.article_id
            and facts.sentence_idx = sentence_evidence.sentence_idx
            and candidates.country_a = sentence_evidence.country_a
            and candidates.country_b = sentence_evidence.country_b
    left join number_partners
        on
            candidates.article_id = number_partners.article_id
            and candidates.mention_idx = number_partners.mention_idx
    -- a figure whose clause names its partner ("поставила в Венгрию 7,5 млрд") is a pair's with
    -- that partner, or no pair's
    where
        number_partners.country_code is null
        or number_partners.country_code in (candidates.country_a, candidates.country_b)
    qualify rank() over (
        partition by candidates.article_id, candidates.mention_idx
        order by candidates.sentence_overlap desc, candidates.strength desc, sentence_score desc
    ) = 1
),

best_pair as (
    -- the one best candidate; a tie gives none
    select *
    from ranked_candidates
    qualify count(*) over (partition by article_id, mention_idx) = 1
),

final as (
    select
        case
            when facts.source_field = 'title'
                then md5(facts.article_id || ':title:' || facts.char_start || ':' || facts.char_end)
            else md5(facts.article_id || ':' || facts.char_start || ':' || facts.char_end)
        end as fact_id,
        facts.article_id,
        facts.mention_idx,
        facts.source_field,
        facts.sentence_idx,
        facts.char_start,
        facts.char_end,
        case when facts.source_field = 'body' then articles.body_start + facts.char_start end as raw_char_start,
        case when facts.source_field = 'body' then articles.body_start + facts.char_end end as raw_char_end,
        facts.quote,
        facts.number_text,
        facts.value,
        facts.value_high,
        facts.unit,
        facts.comparator,
        facts.metric,
        facts.counted,
        facts.change,
        facts.period,
        -- a figure for a period that had not begun when the article appeared was not reported as
        -- done, whatever the wording ("рост до 4 млрд ожидается к 2030 году"): a forecast
        case
            when facts.modality = 'actual' and facts.period_start > articles.published_date then 'forecast'
            else facts.modality
        end as modality,
        coalesce(units.unit_kind, 'unknown') as unit_kind,
        best_pair.country_a,
        best_pair.country_b,
        case when facts.source_field = 'title' then articles.title else sentences.sentence_text end as sentence,
        facts.load_seq
    from facts
    inner join articles on facts.article_id = articles.article_id
    left join units on facts.unit = units.unit
    -- a body fact's sentence; the key is NULL for a title fact (no match). The condition on the
    -- fact alone stays out of the ON clause: there it would turn the join into a nested loop of
    -- every fact with every sentence, whose cost grows with the square of the batch
    left join sentences
        on
            facts.article_id = sentences.article_id
            and sentences.sentence_idx = case when facts.source_field = 'body' then facts.sentence_idx end
    left join best_pair
        on
            facts.article_id = best_pair.article_id
            and facts.mention_idx = best_pair.mention_idx
)

select * from final
