-- article-local: a full build runs in slices of the articles (macros/incremental.sql)
{{ config(meta={'full_build_slices': true}) }}
-- A person's country: the first country named inside their role phrase ("посол Беларуси в
-- России" -> BY), else, for a person with a role naming none (a post of the article's own country:
-- "председатель Совета Республики"), the article's home country when nothing in the text points
-- elsewhere: the home country is the state of the article's language when that is Polish,
-- Ukrainian, Belarusian or Kazakh and the article names it, else the first country the body names
-- (usually the dateline or the reporting side; never one inside an ambassador's role phrase, a guest's),
-- and it must be the title's first country too when the title names one (a capital or city after
-- a venue preposition is where something happens and counts as neither: "Лавров в Пекине: ..."; "Sikorski:
-- Polska i Litwa ..." over a lead datelined "Wilno": no home country; an envoy's country in the
-- title, "встретилась с послом Казахстана", is a guest's and not counted); the person's sentence
-- must name no country, or the home country among those it names and no other right before the
-- person's role ("принял делегацию Республики Корея во главе с министром X": not the host's),
-- counting only the countries outside every person's role phrase (those are that person's:
-- "встреча председателя Совета Республики с Послом Казахстана X" names none for the first).
-- Else NULL ("China's foreign ministry spokesperson X said Beijing ..." in an article about
-- India: not India). A role naming a bloc or an
-- international body and no country gets no home country ("председатель Еврокомиссии": NULL), nor
-- does a role naming a state of the past by a word of its own ("президент СССР": NULL).
-- An article naming one country gives it to every role that names none. A person with no role
-- gets none (NULL): being named in an article about a country says nothing of whom one speaks for;
-- nor does a post outside a state (a company's, a church's, in the arts, sport, science or the
-- press: the organisation's country, not said; a general director's or a board's post is a
-- company's), nor does a royal title naming no state (шейх, принц), nor the country of a counterpart in the
-- person's sentence ("провел переговоры с бразильским коллегой": the other side's), nor the home
-- country when the person meets someone whose role names it ("X встретился с губернатором
-- китайской провинции Хэнань Y" in an article whose first country is China: NULL for X).
with people as (
    select * from {{ ref('stg_person_mentions') }}
    where {{ is_new_row('load_seq') }}
),

mentions as (
    -- the body's (the title, sentence -1, has offsets of its own and no people)
    select * from {{ ref('int_country_mentions') }}
    where {{ is_new_row('load_seq') }} and sentence_idx >= 0
),

blocs as (
    select * from {{ ref('int_bloc_mentions') }}
    where {{ is_new_row('load_seq') }} and sentence_idx >= 0
),

bloc_roles as (
    -- a role naming a bloc or an international body and no country ("председатель Еврокомиссии",
    -- "глава европейской дипломатии", "министр по торговле ЕЭК"): the person speaks for that
    -- body, not for the article's home country
    select distinct
        people.article_id,
        people.mention_idx
    from people
    inner join blocs
        on
            people.article_id = blocs.article_id
            and people.role_start <= blocs.char_start
            and people.role_end >= blocs.char_end
),

former_state_roles as (
    -- a role naming a state of the past by a word of its own ("президент СССР", "Były prezydent
    -- ZSRR", "президент Югославии"): a post of no country of today, so no home country either
    select distinct
        people.article_id,
        people.mention_idx
    from people
    inner join {{ ref('stg_tokens') }} as role_words
        on
            people.article_id = role_words.article_id
            and people.role_start <= role_words.char_start
            and people.role_end >= role_words.char_end
    inner join {{ ref('stg_relation_cues') }} as cues
        on
            role_words.token_norm = cues.cue
            and cues.cue_kind = 'former_state'
    where {{ is_new_row('role_words.load_seq') }}
),

article_countries as (
    select * from {{ ref('int_article_countries') }}
    where {{ is_new_row('load_seq') }}
),

host_mentions as (
    -- a country named after "в", "in", "w", "при" (where a post is held: "посол в КНР", "посол
    -- в Минске", "ambassador in Kyiv"), or after "по", "for" (what a post is for: "специальный
    -- посланник Генсекретаря ООН по Йемену", "envoy for Yemen"): the host or the mandate, not the
    -- country the person serves; a country's adjective there qualifies the institution the post
    -- is in ("советник в российском посольстве", "sekretarz stanu w niemieckim ministerstwie"): the
    -- post's country
    select
        mentions.article_id,
        mentions.char_start
    from mentions
    inner join {{ ref('stg_tokens') }} as before_word
        on
            mentions.article_id = before_word.article_id
            and mentions.token_idx = before_word.token_idx + 1
    where
        {{ is_new_row('before_word.load_seq') }}
        and before_word.token_norm in ('в', 'во', 'у', 'ў', 'in', 'w', 'we', 'при', 'to', 'по', 'па', 'for', 'ds')
        and coalesce(mentions.form_kind, '') not in ('adjective', 'adjective_intl')
),

role_mentions as (
    select mentions.*
    from mentions
    anti join host_mentions
        on
            mentions.article_id = host_mentions.article_id
            and mentions.char_start = host_mentions.char_start
),

role_hosts as (
    -- the countries a role names as its host or its mandate ("торговый представитель в Ханое",
    -- "ambassador to Poland"): never the person's own
    select distinct
        people.article_id,
        people.mention_idx,
        mentions.country_code
    from people
    inner join host_mentions
        on
            people.article_id = host_mentions.article_id
            and people.role_start <= host_mentions.char_start
            and people.role_end > host_mentions.char_start
    inner join mentions
        on
            host_mentions.article_id = mentions.article_id
            and host_mentions.char_start = mentions.char_start
),

role_country as (
    -- the first country mention starting inside the role span, if it also ends there, and is no
    -- host (host_mentions: "посол Беларуси в России" is BY's; "посол в КНР" names no country of
    -- his). Mentions do not nest (the longest match wins a token), so a later one ends later
    -- still: an ASOF join finds the candidate by position instead of testing every person
    -- against every mention of the article, which grows with the square of a long article's length.
    select
        people.article_id,
        people.mention_idx,
        role_mentions.country_code
    from people
    asof inner join role_mentions
        on
            people.article_id = role_mentions.article_id
            and people.role_start <= role_mentions.char_start
    where role_mentions.char_end <= people.role_end
),

title_mentions as (
    select * from {{ ref('int_country_mentions') }}
    where {{ is_new_row('load_seq') }} and sentence_idx = -1
),

next_to_envoy as (
    -- a country right before or after an envoy's noun, in the title or the body ("встретилась с
    -- послом Казахстана", "с казахстанским послом", "meets Uzbek ambassador", "MSZ wezwało
    -- ambasadora Węgier" with no envoy named): the envoy's country is a guest's, never the article's
    -- home (the title has no people, so no role phrases, and an envoy need not be named)
    select distinct
        country_mentions.article_id,
        country_mentions.char_start,
        country_mentions.sentence_idx
    from {{ ref('int_country_mentions') }} as country_mentions
    inner join {{ ref('stg_tokens') }} as next_to
        on
            country_mentions.article_id = next_to.article_id
            and country_mentions.sentence_idx = next_to.sentence_idx
            and (
                next_to.token_idx = country_mentions.token_idx - 1
                or next_to.token_idx = country_mentions.token_idx + country_mentions.n_tokens
            )
    inner join {{ ref('stg_relation_cues') }} as cues
        on
            next_to.token_norm = cues.cue
            and cues.cue_kind = 'envoy'
    where {{ is_new_row('country_mentions.load_seq') }} and {{ is_new_row('next_to.load_seq') }}
),

title_envoy_mentions as (
    select
        article_id,
        char_start
    from next_to_envoy
    where sentence_idx = -1
),

venue_mentions as (
    -- a capital or city right after a venue preposition, in the title or the body ("Лавров в
    -- Пекине: ...", "провел в Пекине переговоры"; place_form and venue cues): where something
    -- happens, never the article's home
    select distinct
        country_mentions.article_id,
        country_mentions.char_start,
        country_mentions.sentence_idx
    from {{ ref('int_country_mentions') }} as country_mentions
    inner join {{ ref('stg_relation_cues') }} as place_forms
        on
            country_mentions.matched_form = place_forms.cue
            and place_forms.cue_kind = 'place_form'
    inner join {{ ref('stg_tokens') }} as before_place
        on
            country_mentions.article_id = before_place.article_id
            and country_mentions.sentence_idx = before_place.sentence_idx
            and before_place.token_idx = country_mentions.token_idx - 1
    inner join {{ ref('stg_relation_cues') }} as venues
        on
            before_place.token_norm = venues.cue
            and venues.cue_kind = 'venue'
    where {{ is_new_row('country_mentions.load_seq') }} and {{ is_new_row('before_place.load_seq') }}
),

title_first as (
    -- the first country the title (sentence -1) names, outside an envoy's phrase
    select
        title_mentions.article_id,
        arg_min(title_mentions.country_code, title_mentions.char_start) as country_code
    from title_mentions
    anti join title_envoy_mentions
        on
            title_mentions.article_id = title_envoy_mentions.article_id
            and title_mentions.char_start = title_envoy_mentions.char_start
    anti join venue_mentions
        on
            title_mentions.article_id = venue_mentions.article_id
            and title_mentions.sentence_idx = venue_mentions.sentence_idx
            and title_mentions.char_start = venue_mentions.char_start
    group by title_mentions.article_id
),

mentions_in_roles as (
    -- the body's country mentions inside a person's role phrase, with that person's role (one
    -- inside is that person's: an envoy's, a guest's, a partner's, never a side anyone else speaks for)
    select
        mentions.article_id,
        mentions.char_start,
        people.role_start,
        people.role_kind
    from mentions
    inner join people
        on
            mentions.article_id = people.article_id
            and mentions.char_start >= people.role_start
            and mentions.char_end <= people.role_end
),

envoy_mentions as (
    -- a country inside an ambassador's role phrase ("встретился с послом Армении"), right beside
    -- an envoy's noun (next_to_envoy), or inside the role phrase of someone met: an envoy's or a
    -- guest's country, never the article's home
    select distinct
        article_id,
        char_start
    from mentions_in_roles
    where role_kind = 'ambassador'
    union
    select
        article_id,
        char_start
    from next_to_envoy
    where sentence_idx >= 0
    union
    -- a country inside the role phrase of someone met, after a with-word or a verb of receiving
    -- a guest ("spotkał się z premierem Słowacji X", "встретился с премьер-министром Лаоса X",
    -- "przyjął w Pałacu Prezydenckim prezydent Słowenii X"): the guest's; at most three words
    -- between, none after a comma, a colon or a dash
    select distinct
        in_roles.article_id,
        in_roles.char_start
    from mentions_in_roles as in_roles
    inner join {{ ref('stg_tokens') }} as role_word
        on
            in_roles.article_id = role_word.article_id
            and in_roles.role_start = role_word.char_start
    inner join {{ ref('stg_tokens') }} as before_role
        on
            role_word.article_id = before_role.article_id
            and role_word.sentence_idx = before_role.sentence_idx
            and before_role.token_idx between role_word.token_idx - 4 and role_word.token_idx - 1
    inner join {{ ref('stg_relation_cues') }} as with_words
        on
            before_role.token_norm = with_words.cue
            and with_words.cue_kind = 'with'
    where
        {{ is_new_row('role_word.load_seq') }}
        and {{ is_new_row('before_role.load_seq') }}
        and not exists (
            select 1 from {{ ref('stg_tokens') }} as between_words
            where
                between_words.article_id = role_word.article_id
                and between_words.sentence_idx = role_word.sentence_idx
                and between_words.token_idx >= before_role.token_idx
                and between_words.token_idx < role_word.token_idx
                and regexp_matches(between_words.gap_after, '[,;:—–]')
        )
    union
    -- a country inside the role phrase of a person joined by a conjunction to a person named right
    -- before ("Premier Donald Tusk i premier Litwy X podpisali", "Премьер-министр X и премьер-министр
    -- Казахстана Y провели"): the other side's, a partner's, never the article's home
    select distinct
        in_roles.article_id,
        in_roles.char_start
    from mentions_in_roles as in_roles
    inner join {{ ref('stg_tokens') }} as role_word
        on
            in_roles.article_id = role_word.article_id
            and in_roles.role_start = role_word.char_start
    inner join {{ ref('stg_tokens') }} as joiner
        on
            role_word.article_id = joiner.article_id
            and role_word.sentence_idx = joiner.sentence_idx
            and role_word.token_idx - 1 = joiner.token_idx
    inner join {{ ref('stg_relation_cues') }} as conjunctions
        on
            joiner.token_norm = conjunctions.cue
            and conjunctions.cue_kind = 'conjunction'
    inner join people as partner
        on
            in_roles.article_id = partner.article_id
            and joiner.char_start >= partner.char_end
            and joiner.char_start - 2 <= partner.char_end
    where {{ is_new_row('role_word.load_seq') }} and {{ is_new_row('joiner.load_seq') }}
),

body_first as (
    -- the body's first country (of the article's countries) outside an envoy's role phrase
    select
        mentions.article_id,
        arg_min(mentions.country_code, mentions.char_start) as country_code
    from mentions
    inner join article_countries
        on
            mentions.article_id = article_countries.article_id
            and mentions.country_code = article_countries.country_code
    anti join envoy_mentions
        on
            mentions.article_id = envoy_mentions.article_id
            and mentions.char_start = envoy_mentions.char_start
    anti join venue_mentions
        on
            mentions.article_id = venue_mentions.article_id
            and mentions.sentence_idx = venue_mentions.sentence_idx
            and mentions.char_start = venue_mentions.char_start
    where article_countries.first_char_start is not null
    group by mentions.article_id
),

language_home as (
    -- the state whose national language the article is written in, when the article names it:
    -- its press's unqualified posts are that state's ("Minister rolnictwa X" in Polish, "міністр
    -- аграрної політики X" in Ukrainian), whichever country the lead names first ("Import zbóż z
    -- Ukrainy do Polski ..."); Russian and English are written in many states and give none
    select
        articles.article_id,
        article_countries.country_code
    from {{ ref('stg_articles') }} as articles
    inner join article_countries
        on
            articles.article_id = article_countries.article_id
            and article_countries.country_code = case articles.language
                when 'pl' then 'PL' when 'uk' then 'UA' when 'be' then 'BY' when 'kk' then 'KZ'
            end
    where {{ is_new_row('articles.load_seq') }}
),

first_home as (
    -- the body's first country, unless the title names another first; the title's first when the
    -- body names none
    select
        coalesce(body_first.article_id, title_first.article_id) as article_id,
        coalesce(body_first.country_code, title_first.country_code) as country_code
    from body_first
    full outer join title_first on body_first.article_id = title_first.article_id
    where
        body_first.country_code is null
        or title_first.country_code is null
        or title_first.country_code = body_first.country_code
),

home_country as (
    -- the article's home country: of its language, else its first
    select * from language_home
    union all
    select first_home.* from first_home
    anti join language_home on first_home.article_id = language_home.article_id
),

counterpart_countries as (
    -- a country adjective right before a noun for a counterpart ("с бразильским коллегой", "his
    -- Brazilian counterpart"): the other side's country, no one else's of the sentence
    select distinct
        mentions.article_id,
        mentions.sentence_idx,
        mentions.char_start,
        mentions.country_code
    from mentions
    inner join {{ ref('stg_tokens') }} as next_words
        on
            mentions.article_id = next_words.article_id
            and mentions.sentence_idx = next_words.sentence_idx
            and mentions.token_idx + mentions.n_tokens = next_words.token_idx
    inner join {{ ref('stg_relation_cues') }} as cues
        on
            next_words.token_norm = cues.cue
            and cues.cue_kind = 'counterpart'
    where {{ is_new_row('next_words.load_seq') }}
),

side_country as (
    -- a country named as a side of the talks shortly before a person's role in their sentence
    -- ("Казахстанскую сторону представлял вице-премьер X", "С казахстанской стороны в переговорах
    -- участвовал министр X", "Казахстанскі бок прадстаўляў віцэ-прэм'ер X", "Stronę polską
    -- reprezentował wiceminister X"): the side the person speaks for, when their role names no
    -- country; the nearest such side before the role
    select
        people.article_id,
        people.mention_idx,
        arg_max(mentions.country_code, mentions.char_start) as country_code
    from people
    inner join mentions
        on
            people.article_id = mentions.article_id
            and people.sentence_idx = mentions.sentence_idx
            and people.role_start >= mentions.char_end
            and people.role_start - mentions.char_end <= 60
    inner join {{ ref('stg_tokens') }} as next_to
        on
            mentions.article_id = next_to.article_id
            and mentions.sentence_idx = next_to.sentence_idx
            and (
                next_to.token_idx = mentions.token_idx + mentions.n_tokens
                or next_to.token_idx = mentions.token_idx - 1
            )
    inner join {{ ref('stg_relation_cues') }} as cues
        on
            next_to.token_norm = cues.cue
            and cues.cue_kind = 'side'
    where people.role is not null and {{ is_new_row('next_to.load_seq') }}
    group by people.article_id, people.mention_idx
),

free_mentions as (
    -- the body's country mentions outside every person's role phrase (one inside is that person's);
    -- is_venue: a capital or city after "в", "in", "w" (host_mentions) is where something happens
    -- ("в Ханое", "w Ankarze"), no side anyone speaks for
    select
        mentions.article_id,
        mentions.sentence_idx,
        mentions.char_start,
        mentions.char_end,
        mentions.token_idx,
        mentions.country_code,
        coalesce(
            mentions.form_kind in ('capital', 'capital_intl', 'city') and venues.char_start is not null, false
        ) as is_venue
    from mentions
    left join host_mentions as venues
        on
            mentions.article_id = venues.article_id
            and mentions.char_start = venues.char_start
    anti join mentions_in_roles as in_roles
        on
            mentions.article_id = in_roles.article_id
            and mentions.char_start = in_roles.char_start
    -- nor a counterpart's country: the other side's, it points nowhere for the person
    anti join counterpart_countries as counterparts
        on
            mentions.article_id = counterparts.article_id
            and mentions.char_start = counterparts.char_start
),

reported_clauses as (
    -- where the content a person's words report starts: a complementizer right after a verb of
    -- speech right after the person ("Minister rolnictwa X zapowiedział, że embargo na ukraińską
    -- pszenicę ...", "X заявил, что ..."); a country named after it is of what is reported and
    -- points nowhere for the person
    select
        people.article_id,
        people.mention_idx,
        min(complementizer.char_start) as reported_start
    from people
    inner join {{ ref('stg_tokens') }} as speech
        on
            people.article_id = speech.article_id
            and people.sentence_idx = speech.sentence_idx
            and speech.char_start between people.char_end and people.char_end + 2
    inner join {{ ref('stg_relation_cues') }} as speech_cues
        on
            speech.token_norm = speech_cues.cue
            and speech_cues.cue_kind = 'speech'
    inner join {{ ref('stg_tokens') }} as complementizer
        on
            speech.article_id = complementizer.article_id
            and speech.sentence_idx = complementizer.sentence_idx
            and speech.token_idx + 1 = complementizer.token_idx
    inner join {{ ref('stg_relation_cues') }} as complementizer_cues
        on
            complementizer.token_norm = complementizer_cues.cue
            and complementizer_cues.cue_kind = 'complementizer'
    where {{ is_new_row('speech.load_seq') }} and {{ is_new_row('complementizer.load_seq') }}
    group by people.article_id, people.mention_idx
),

sentence_points_elsewhere as (
    -- a person whose sentence names countries (outside role phrases) none of which is the home
    -- country, or another right before the person's role (at most 20 characters between: "принял
    -- в Астане делегацию Республики Корея во главе с министром X": X leads the other side; the
    -- home country named earlier in the sentence says nothing of him; not "Взаимодействие Беларуси
    -- и Казахстана носит ... характер, заявил председатель X", a clause away)
    select
        people.article_id,
        people.mention_idx
    from people
    left join reported_clauses
        on
            people.article_id = reported_clauses.article_id
            and people.mention_idx = reported_clauses.mention_idx
    inner join free_mentions
        on
            people.article_id = free_mentions.article_id
            and people.sentence_idx = free_mentions.sentence_idx
            -- the place of the event points nowhere ("сообщил в Ханое министр X", "poinformował w
            -- Ankarze minister X")
            and not free_mentions.is_venue
            -- nor what the person's words report
            and free_mentions.char_start < coalesce(reported_clauses.reported_start, free_mentions.char_start + 1)
    left join home_country on people.article_id = home_country.article_id
    where people.role is not null
    group by people.article_id, people.mention_idx, people.char_start, people.role_start
    having
        not bool_or(free_mentions.country_code is not distinct from home_country.country_code)
        or coalesce(
            arg_max(free_mentions.country_code, free_mentions.char_start)
            filter (
                where free_mentions.char_end
                between least(people.role_start, people.char_start) - 20
                and least(people.role_start, people.char_start)
            )
            != any_value(home_country.country_code),
            false
        )
),

visitors as (
    -- a person whose role names no country, going to a country named after the name: the visit's
    -- destination after a visit noun right before the role ("подготовке визита премьер-министра X
    -- в Москву", "wizyta premiera X w Kijowie") or an arrival verb between ("Премьер-министр X
    -- прибыл в Ташкент"): a guest there, never of that country (the home country, when it is
    -- that one, is not the person's)
    select distinct
        people.article_id,
        people.mention_idx,
        destinations.country_code
    from people
    inner join free_mentions as destinations
        on
            people.article_id = destinations.article_id
            and people.sentence_idx = destinations.sentence_idx
            and people.char_end < destinations.char_start
            and people.char_end >= destinations.char_start - 60
    inner join {{ ref('stg_tokens') }} as preposition
        on
            destinations.article_id = preposition.article_id
            and destinations.sentence_idx = preposition.sentence_idx
            and destinations.token_idx - 1 = preposition.token_idx
    inner join {{ ref('stg_tokens') }} as cue_word
        on
            people.article_id = cue_word.article_id
            and people.sentence_idx = cue_word.sentence_idx
            and (
                -- a visit noun right before the role (an adjective between at most)
                (people.role_start >= cue_word.char_end and people.role_start - cue_word.char_end <= 14)
                -- an arrival verb between the name and the destination
                or (people.char_end <= cue_word.char_start and preposition.char_start >= cue_word.char_end)
            )
    inner join {{ ref('stg_relation_cues') }} as cues
        on
            cue_word.token_norm = cues.cue
            and (
                (cues.cue_kind = 'visit' and people.role_start >= cue_word.char_end)
                or (cues.cue_kind = 'arrival' and people.char_end <= cue_word.char_start)
            )
    where
        people.role is not null
        -- a preposition of where to: "в Москву", "w Kijowie", "to Beijing", "do Wilna", "до Києва"
        and preposition.token_norm in ('в', 'во', 'у', 'ў', 'w', 'we', 'in', 'to', 'do', 'до')
        and {{ is_new_row('preposition.load_seq') }}
        and {{ is_new_row('cue_word.load_seq') }}
),

other_side_of_home as (
    -- a person on the other side of a with-word from someone whose role names the home country
    -- ("Председатель Гомельского облисполкома X встретился с губернатором китайской провинции
    -- Хэнань Y", the body's first country China; "Президент Казахстана X провел переговоры с
    -- председателем сената Y"): the home country is the other side's, not the person's
    select distinct
        people.article_id,
        people.mention_idx
    from people
    inner join home_country on people.article_id = home_country.article_id
    inner join people as met
        on
            people.article_id = met.article_id
            and people.sentence_idx = met.sentence_idx
            and people.mention_idx != met.mention_idx
    -- the met person's own country by their role (not a post's place: "послом Китая в Беларуси")
    inner join role_country as met_country
        on
            met.article_id = met_country.article_id
            and met.mention_idx = met_country.mention_idx
            and home_country.country_code = met_country.country_code
    inner join {{ ref('stg_tokens') }} as withs
        on
            people.article_id = withs.article_id
            and people.sentence_idx = withs.sentence_idx
            and (
                (people.char_end <= withs.char_start and least(met.role_start, met.char_start) >= withs.char_end)
                or (met.char_end <= withs.char_start and least(people.role_start, people.char_start) >= withs.char_end)
            )
    inner join {{ ref('stg_relation_cues') }} as with_words
        on
            withs.token_norm = with_words.cue
            and with_words.cue_kind = 'with'
    where people.role is not null and {{ is_new_row('withs.load_seq') }}
),

home_beyond_with as (
    -- a person before a with-word whose sentence names the home country only after it, in the
    -- phrase of the side met ("Министр обороны Джон Смит встретился с министром обороны Польши",
    -- "Президент X провел переговоры с Польшей"): the home country is the other side's, not the
    -- person's
    select distinct
        people.article_id,
        people.mention_idx
    from people
    inner join home_country on people.article_id = home_country.article_id
    inner join {{ ref('stg_tokens') }} as withs
        on
            people.article_id = withs.article_id
            and people.sentence_idx = withs.sentence_idx
            and people.char_end <= withs.char_start
    inner join {{ ref('stg_relation_cues') }} as with_words
        on
            withs.token_norm = with_words.cue
            and with_words.cue_kind = 'with'
            -- the prepositions: after a verb of meeting ("met X at the White House") a place may
            -- follow the side met
            and with_words.cue in ('с', 'со', 'з', 'із', 'зі', 'са', 'z', 'ze', 'with')
    inner join free_mentions as met_country
        on
            people.article_id = met_country.article_id
            and people.sentence_idx = met_country.sentence_idx
            and home_country.country_code = met_country.country_code
            and met_country.char_start between withs.char_end and withs.char_end + 60
    where
        people.role is not null
        and {{ is_new_row('withs.load_seq') }}
        and not exists (
            select 1
            from free_mentions as before_with
            where
                before_with.article_id = people.article_id
                and before_with.sentence_idx = people.sentence_idx
                and before_with.country_code = home_country.country_code
                and before_with.char_start < withs.char_start
        )
),

counterpart_posts as (
    -- a person holding the same one-of-a-kind post as someone of the sentence whose role names the
    -- home country ("Документ подписали министр сельского хозяйства Бразилии X и министр
    -- сельского хозяйства Y", "Umowę podpisali minister obrony Brazylii X i minister obrony Y"): a
    -- country has one such post, so the person is the other side's, not the home country's
    select distinct
        people.article_id,
        people.mention_idx
    from people
    inner join home_country on people.article_id = home_country.article_id
    inner join people as other
        on
            people.article_id = other.article_id
            and people.sentence_idx = other.sentence_idx
            and people.mention_idx != other.mention_idx
            and lower(people.role) = lower(other.role)
    inner join role_country as other_country
        on
            other.article_id = other_country.article_id
            and other.mention_idx = other_country.mention_idx
            and home_country.country_code = other_country.country_code
    where people.role_kind in ('head_of_state', 'head_of_government', 'minister')
),

article_country as (
    -- the home country for a role naming none, when nothing in the person's sentence points elsewhere
    select
        people.article_id,
        people.mention_idx,
        home_country.country_code
    from people
    inner join home_country on people.article_id = home_country.article_id
    where
        people.role is not null
        and not exists (
            select 1 from sentence_points_elsewhere as e
            where e.article_id = people.article_id and e.mention_idx = people.mention_idx
        )
        and not exists (
            select 1 from bloc_roles as b
            where b.article_id = people.article_id and b.mention_idx = people.mention_idx
        )
        and not exists (
            select 1 from other_side_of_home as o
            where o.article_id = people.article_id and o.mention_idx = people.mention_idx
        )
        and not exists (
            select 1 from home_beyond_with as h
            where h.article_id = people.article_id and h.mention_idx = people.mention_idx
        )
        and not exists (
            select 1 from role_hosts as h
            where
                h.article_id = people.article_id
                and h.mention_idx = people.mention_idx
                and h.country_code = home_country.country_code
        )
        and not exists (
            select 1 from counterpart_posts as c
            where c.article_id = people.article_id and c.mention_idx = people.mention_idx
        )
        and not exists (
            select 1 from visitors as v
            where
                v.article_id = people.article_id
                and v.mention_idx = people.mention_idx
                and v.country_code = home_country.country_code
        )
        and not exists (
            select 1 from former_state_roles as f
            where f.article_id = people.article_id and f.mention_idx = people.mention_idx
        )
        -- the other side of the person's sentence ("Президент X провел переговоры с бразильским
        -- коллегой" in an article datelined in Brazil): not the home country
        and not exists (
            select 1 from counterpart_countries as c
            where
                c.article_id = people.article_id
                and c.sentence_idx = people.sentence_idx
                and c.country_code = home_country.country_code
        )
        -- a post in a company, a church, the arts, sport, science, the press or a law firm is no
        -- post of a state: its country is the organisation's, which the text does not say (Алексей Миллер,
        -- председатель правления ПАО «Газпром», in an article about Uzbekistan); the head of an
        -- organisation is a company's when the role names one by its legal form, a company noun,
        -- a name in quotes or a post only a company has (CEO, chief executive)
        -- nor is a royal title (шейх, принц): a dynasty's member, whose state the text must name
        and coalesce(people.role_kind, '') not in (
            'business', 'employee', 'culture', 'sports', 'religious', 'media', 'science', 'medicine',
            'education', 'activist', 'expert', 'legal', 'royalty'
        )
        and not (
            people.role_kind in ('head_of_organisation', 'deputy_head')
            and (
                regexp_matches(
                    lower(people.role),
                    '(^|[^а-яё])(пао|оао|зао|ао|ооо|ltd|inc|plc)([^а-яё]|$)|«|"'
                    || '|компани|корпорац|концерн|холдинг|банк|company|corporation|group'
                    -- the posts only a company has: "Nvidia CEO", "chief executive", a general
                    -- director ("первый заместитель генерального директора Росатома"), a board's
                    -- chair ("председатель правления")
                    || '|(^|[^a-z])(ceo|cfo|coo|cto)([^a-z]|$)|chief executive|managing director'
                    || '|генеральн[а-яё]* директор|гендиректор|генеральн[а-яії]* директор|генеральн[а-яў]* дырэктар'
                    || '|dyrektor[a-ząęó]* generaln|general director|правлени|правлінн|праўленн|prezes zarządu'
                )
                -- a firm's name in Latin script inside a role written in Cyrillic ("Генеральный
                -- директор Siemens Energy"): a company's post
                or (regexp_matches(people.role, '[а-яёіўєї]') and regexp_matches(people.role, '[A-Z][A-Za-z]'))
            )
        )
),

final as (
    select
        people.article_id,
        people.mention_idx,
        people.name,
        people.name_as_written,
        people.role,
        people.role_kind,
        people.char_start,
        people.char_end,
        -- a person with no role read speaks for no country Dyad can tell: NULL, not the article's
        coalesce(role_country.country_code, side_country.country_code, article_country.country_code) as country_code,
        case
            when role_country.country_code is not null then 'role'
            when side_country.country_code is not null then 'side'
            when article_country.country_code is not null then 'article'
        end as country_source,
        people.load_seq
    from people
    left join role_country
        on
            people.article_id = role_country.article_id
            and people.mention_idx = role_country.mention_idx
    left join side_country
        on
            people.article_id = side_country.article_id
            and people.mention_idx = side_country.mention_idx
    left join article_country
        on
            people.article_id = article_country.article_id
            and people.mention_idx = article_country.mention_idx
)

select * from final
