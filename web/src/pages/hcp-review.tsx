import { Link } from 'wouter';
import { Empty } from '../components/states';
import { useSession } from '../session';

/** The HCP verification queue. Until the registry lands (issue 4) this page explains what will be here and where to look meanwhile. */
export function HcpReviewPage() {
  const { capabilities } = useSession();
  return (
    <section aria-labelledby="hcp-title">
      <h1 id="hcp-title">HCP review</h1>
      {capabilities.hcp ? <p>Loading the queue…</p> : (
        <Empty title="The HCP registry is not part of this build yet">
          <p>When the HCP registry and verification work (issue 4) lands, this page lists candidate healthcare-professional profiles with their evidence
            (credentials in the bio, registry matches, behaviour), and reviewers verify, reject or link them from the keyboard
            (<kbd>v</kbd> verify, <kbd>r</kbd> reject, <kbd>l</kbd> link, <kbd>j</kbd>/<kbd>k</kbd> next/previous). Every decision goes to the
            <Link href="/audit"> audit trail</Link>.</p>
          <p>Meanwhile, find HCP voices with a query such as <Link href="/explore?q=MD%20OR%20RN%20OR%20PharmD">MD OR RN OR PharmD</Link>.</p>
        </Empty>
      )}
    </section>
  );
}
