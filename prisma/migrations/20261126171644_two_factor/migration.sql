-- AlterTable
ALTER TABLE "User" ADD COLUMN     "recoveryCodeHashes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "totpEnabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "totpLastStep" INTEGER,
ADD COLUMN     "totpPendingEnc" TEXT,
ADD COLUMN     "totpSecretEnc" TEXT;

-- Sign-in needs to know whether a second factor is due (hand-written).
DROP FUNCTION IF EXISTS auth_find_login(text);
CREATE FUNCTION auth_find_login(p_login text)
RETURNS TABLE (
  "id" text, "tenantId" text, "passwordHash" text, "disabled" boolean,
  "sessionVersion" integer, "mustChangePassword" boolean, "totpEnabled" boolean
)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT u."id", u."tenantId", u."passwordHash", u."disabled", u."sessionVersion", u."mustChangePassword", u."totpEnabled"
  FROM "User" u
  WHERE u."username" = lower(p_login) OR u."phone" = p_login
  ORDER BY (u."username" = lower(p_login)) DESC
  LIMIT 1
$$;
REVOKE ALL ON FUNCTION auth_find_login(text) FROM PUBLIC;
COMMENT ON FUNCTION auth_find_login(text) IS 'app-callable';
