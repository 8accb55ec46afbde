import type { Metadata } from "next";
import localFont from "next/font/local";
import { Providers } from "@/components/layout/providers";
import "./globals.css";

const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  display: "swap",
  variable: "--font-inter",
});

export const metadata: Metadata = {
  title: { default: "LLM SecOps Console", template: "%s · LLM SecOps Console" },
  description: "Secure the LLM applications your organization runs.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body className="font-sans">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
