import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center text-center">
      <p className="text-sm font-semibold text-brand-600">403</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">You don&apos;t have access to this page</h1>
      <p className="mt-2 max-w-md text-sm text-slate-600">Your role in this organization does not include this area. Ask an admin if you need it.</p>
      <Link href="/dashboard" className="mt-6 text-sm font-medium text-brand-600 hover:underline">Back to the dashboard</Link>
    </main>
  );
}
