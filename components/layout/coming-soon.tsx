import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/feedback";

export function ComingSoon({ title, description, what }: { title: string; description: string; what: string }) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <EmptyState title={`${title} is not available yet`}>{what}</EmptyState>
    </>
  );
}
