"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-client";
import { ZOk } from "@/lib/api/common";
import { ZAddMemberResponse, ZListMembersResponse, ZMemberResponse, type TAddMemberRequest, type TMember } from "./schemas";

export const memberKeys = { all: ["members"] as const };

export const useMembers = () =>
  useQuery({ queryKey: memberKeys.all, queryFn: () => apiFetch("/api/v1/members", ZListMembersResponse).then((r) => r.members) });

export function useMemberMutations() {
  const qc = useQueryClient();
  const invalidate = () => qc.invalidateQueries({ queryKey: memberKeys.all });
  return {
    add: useMutation({ mutationFn: (body: TAddMemberRequest) => apiFetch("/api/v1/members", ZAddMemberResponse, { method: "POST", body }), onSuccess: invalidate }),
    changeRole: useMutation({
      mutationFn: ({ id, role }: { id: string; role: TMember["role"] }) => apiFetch(`/api/v1/members/${id}`, ZMemberResponse, { method: "PATCH", body: { role } }),
      onSuccess: invalidate,
    }),
    remove: useMutation({ mutationFn: (id: string) => apiFetch(`/api/v1/members/${id}`, ZOk, { method: "DELETE" }), onSuccess: invalidate }),
  };
}
