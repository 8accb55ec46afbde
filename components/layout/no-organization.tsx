"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function NoOrganization({ email }: { email: string }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 text-center">
      <h1 className="text-xl font-semibold text-slate-900">You are not in an organization yet</h1>
      <p className="mt-2 max-w-md text-sm text-slate-600">
        You are signed in as <strong>{email}</strong>, but no organization has added you. Ask an admin to add this email under Settings &gt; Members.
      </p>
      <Button variant="secondary" className="mt-6" onClick={() => void signOut({ callbackUrl: "/signin" })}>Sign out</Button>
    </main>
  );
}
