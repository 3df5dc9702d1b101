-- Every country the marts know, for names and for checking the country filter.
select country_code, name_en, name_ru from marts.countries where country_code is not null
