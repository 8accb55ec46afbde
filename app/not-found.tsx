import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">Page not found</h1>
      <Link href="/dashboard" className="mt-6 text-sm font-medium text-brand-600 hover:underline">Back to the dashboard</Link>
    </main>
  );
}
