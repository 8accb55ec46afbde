import { CatalogTabs } from "@/components/catalog/catalog-tabs";
import { PageHeader } from "@/components/ui/card";
import { requirePageScope } from "@/lib/server/page-auth";

export default async function CatalogLayout({ children }: { children: React.ReactNode }) {
  await requirePageScope("catalog:read");
  return (
    <>
      <PageHeader title="Data catalog" description="Data sources and datasets with their classification, and which apps and model providers can reach them." />
      <CatalogTabs />
      <div className="mt-6">{children}</div>
    </>
  );
}
