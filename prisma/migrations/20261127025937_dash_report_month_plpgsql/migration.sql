-- dash_report_month_plpgsql: hand-written SQL below
-- dash_report_month() runs in the trigger of every filing. As a LANGUAGE sql function that cannot be inlined
-- (declared immutable, its body calls to_date and to_char, which are only stable) PostgreSQL 15 parsed and planned
-- its body again at every firing; as PL/pgSQL its expression is prepared once per connection. Same results.
CREATE OR REPLACE FUNCTION dash_report_month(p_cadence text, p_key text, p_weekday integer, p_offset integer) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN CASE p_cadence
    WHEN 'WEEKLY' THEN to_char(to_date(p_key, 'IYYY-"W"IW') + (least(7, greatest(1, coalesce(p_weekday, 3))) - 1) + 7 * p_offset, 'YYYY-MM')
    WHEN 'MONTHLY' THEN to_char(to_date(p_key || '-01', 'YYYY-MM-DD') + make_interval(months => p_offset), 'YYYY-MM')
    ELSE to_char(to_date(substr(p_key, 1, 4) || '-' || lpad(((substr(p_key, 7, 1)::int - 1) * 3 + 3)::text, 2, '0') || '-01', 'YYYY-MM-DD')
      + make_interval(months => p_offset), 'YYYY-MM')
  END;
END
$$;
