import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth-options";
import { withSystemScope } from "@/lib/server/db-scope";

type Ctx = { params: Promise<{ nextauth: string[] }> };
// Sign-in reads users, identities and memberships across orgs: the system role's business.
const handler = (req: Request, ctx: Ctx) => withSystemScope(async (): Promise<Response> => NextAuth(authOptions())(req, ctx) as Promise<Response>);

export { handler as GET, handler as POST };
