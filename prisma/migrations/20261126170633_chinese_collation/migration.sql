-- chinese_collation: hand-written SQL below
-- Names sort in pinyin order (丁 < 李 < 王 < 张), as Chinese users expect, where the server has ICU.
-- Equality stays exact (ICU collations are deterministic by default); a server without ICU keeps its default.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'zh-Hans-x-icu') THEN
    ALTER TABLE "OrgNode" ALTER COLUMN "name" TYPE text COLLATE "zh-Hans-x-icu";
    ALTER TABLE "Person" ALTER COLUMN "name" TYPE text COLLATE "zh-Hans-x-icu";
    ALTER TABLE "Household" ALTER COLUMN "headName" TYPE text COLLATE "zh-Hans-x-icu";
    ALTER TABLE "User" ALTER COLUMN "displayName" TYPE text COLLATE "zh-Hans-x-icu";
  END IF;
END
$$;
