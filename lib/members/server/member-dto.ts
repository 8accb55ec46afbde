import type { TMember } from "../schemas";

export const memberSelect = {
  id: true, userId: true, role: true, createdAt: true,
  user: { select: { email: true, name: true, _count: { select: { accounts: true } } } },
} as const;

type MemberRow = {
  id: string; userId: string; role: TMember["role"]; createdAt: Date;
  user: { email: string; name: string | null; _count: { accounts: number } };
};

export const toMemberDto = (m: MemberRow): TMember => ({
  id: m.id, userId: m.userId, email: m.user.email, name: m.user.name, role: m.role,
  sso: m.user._count.accounts > 0, createdAt: m.createdAt.toISOString(),
});
