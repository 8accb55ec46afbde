import { Skeleton } from "@/components/ui/feedback";

export default function Loading() {
  return <Skeleton rows={5} />;
}
