import { LinkInactive } from "@/components/share/link-inactive";

export default function ShareNotFound() {
  return <LinkInactive />;
}
