-- Canonical articles of the selection (that mention $country, when given).
select count(*) from {sel} a
where a.is_canonical
  and ($country::varchar is null or exists (
      select 1 from marts.article_countries c
      where c.article_id = a.article_id and c.country_code = $country))
